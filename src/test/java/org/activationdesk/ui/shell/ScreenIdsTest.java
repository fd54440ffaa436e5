package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * All screens live in one scene (hidden but built), so a node id must be unique across every FXML file: a
 * duplicate would make a lookup find the node of another screen.
 */
class ScreenIdsTest {

    @Test
    void everyFxIdIsUniqueAcrossTheScreens() throws IOException {
        Pattern fxId = Pattern.compile("fx:id=\"([^\"]+)\"");
        Map<String, Path> seen = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/activationdesk/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                Matcher matcher = fxId.matcher(Files.readString(file));
                while (matcher.find()) {
                    Path before = seen.putIfAbsent(matcher.group(1), file);
                    assertThat(before).as("fx:id %s in %s and %s", matcher.group(1), before, file).isNull();
                }
            }
        }
        assertThat(seen).containsKeys("reasonCode", "keyStatus", "diagnosticsBusy");
    }
}
