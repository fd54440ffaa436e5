package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowsKeyConfigurationsTest {

    /** The lookup rule of {@link WindowsKeyConfigurations} over a parsed list: first covering entry. */
    record Lookup(List<KeyConfiguration> all) implements KeyConfigurations {
        @Override
        public Optional<KeyConfiguration> find(int groupId, long serial) {
            return all.stream().filter(c -> c.covers(groupId, serial)).findFirst();
        }
    }

    private static void write(Path dir, String name, int group, String edition, String type) throws IOException {
        String id = java.util.UUID.randomUUID().toString();
        Files.write(dir.resolve(name), PkeyConfigParserTest.xrml(PkeyConfigParserTest.inner(
                List.of(new PkeyConfigParserTest.Config(id, group, edition, type, edition + " " + type)),
                List.of(new PkeyConfigParserTest.Range(id, 0, 1000, true)), List.of())));
    }

    @Test
    void readsAllThreeFilesInOrderAndPassesOverBrokenOnes(@TempDir Path dir) throws IOException {
        write(dir, "pkeyconfig.xrm-ms", 4300, "ServerDatacenter", "Volume:GVLK");
        write(dir, "pkeyconfig-csvlk.xrm-ms", 4301, "ServerStandard", "Volume:CSVLK");
        Files.writeString(dir.resolve("pkeyconfig-downlevel.xrm-ms"), "<broken", StandardCharsets.UTF_8);
        WindowsKeyConfigurations keys = new WindowsKeyConfigurations(dir);
        assertThat(keys.find(4300, 5)).map(KeyConfiguration::editionId).contains("ServerDatacenter");
        assertThat(keys.find(4301, 5)).map(KeyConfiguration::productKeyType).contains("Volume:CSVLK");
        assertThat(keys.find(4300, 5000)).isEmpty();
        assertThat(keys.find(1, 1)).isEmpty();
    }

    @Test
    void noFolderNoConfigurations(@TempDir Path dir) {
        assertThat(new WindowsKeyConfigurations(dir.resolve("missing")).find(3290, 0)).isEmpty();
        assertThat(WindowsKeyConfigurations.system(dir).configurations()).isEmpty();
    }
}
