package org.activationdesk.platform.windows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;

/**
 * The machine's own product key configurations, read from
 * {@code %SystemRoot%\System32\spp\tokens\pkeyconfig} when first needed and never copied anywhere (key-formats.md
 * §1.10). A file that is missing, unreadable (a standard user may not be allowed) or malformed is passed over: such a
 * key is then simply not identified, as the port allows.
 */
final class WindowsKeyConfigurations implements KeyConfigurations {

    /** This version's keys, KMS host keys, and keys of older versions, in that order. */
    static final List<String> FILES =
            List.of("pkeyconfig.xrm-ms", "pkeyconfig-csvlk.xrm-ms", "pkeyconfig-downlevel.xrm-ms");

    private final Path directory;
    private volatile List<KeyConfiguration> configurations;

    WindowsKeyConfigurations(Path directory) {
        this.directory = directory;
    }

    static WindowsKeyConfigurations system(Path systemDirectory) {
        return new WindowsKeyConfigurations(systemDirectory.resolve("spp").resolve("tokens").resolve("pkeyconfig"));
    }

    @Override
    public Optional<KeyConfiguration> find(int groupId, long serial) {
        return configurations().stream().filter(c -> c.covers(groupId, serial)).findFirst();
    }

    /** Reads the files now (they are megabytes): call on a background thread so the first lookup is instant. */
    List<KeyConfiguration> configurations() {
        List<KeyConfiguration> read = configurations;
        if (read == null) {
            synchronized (this) {
                read = configurations;
                if (read == null) {
                    read = List.copyOf(readFiles());
                    configurations = read;
                }
            }
        }
        return read;
    }

    private List<KeyConfiguration> readFiles() {
        List<KeyConfiguration> all = new ArrayList<>();
        for (String name : FILES) {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                all.addAll(PkeyConfigParser.parse(in));
            } catch (IOException | SecurityException unreadable) {
                // not identified by this file; the others may still know the key
            }
        }
        return all;
    }
}
