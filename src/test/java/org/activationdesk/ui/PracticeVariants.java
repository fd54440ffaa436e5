package org.activationdesk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Built-in practice scenarios changed for one test, written as scenario files that a {@link TestSession} loads. */
public final class PracticeVariants {

    /**
     * Microsoft's published AVMA key for Windows Server 2019 Standard (key-formats.md §6.2): public, well-formed and in
     * no KMS client key list, so a scenario can declare its group as a MAK range and practise a MAK without a real MAK
     * ever entering the repository.
     */
    public static final String STAND_IN_SERVER_MAK = "TNK62-RXVTB-4P47B-2D623-4GF74";

    private PracticeVariants() {
    }

    /** The scenario run by an administrator. */
    public static String elevated(String id, Path folder) throws IOException {
        return write(id, folder, "-admin", read(id).replace("\"elevated\": false", "\"elevated\": true"));
    }

    /** The KMS host scenario, whose practice machine knows {@link #STAND_IN_SERVER_MAK} as a Server 2019 Standard MAK. */
    public static String hostWithStandInMak(Path folder) throws IOException {
        String id = "kms-host-below-threshold";
        String ranges = """
                  "keyConfigurations": [
                    {"groupId": 4299, "serialFrom": 1, "serialTo": 1, "editionId": "ServerStandard",
                     "productKeyType": "Volume:MAK",
                     "description": "Practice stand-in MAK for Windows Server 2019 Standard (Microsoft's public AVMA key)"}
                  ],
                  "kmsNetwork\"""";
        return write(id, folder, "-mak", read(id).replace("  \"kmsNetwork\"", ranges));
    }

    private static String read(String id) throws IOException {
        return Files.readString(Path.of("resources/scenarios", id + ".json"));
    }

    private static String write(String id, Path folder, String suffix, String text) throws IOException {
        Path file = folder.resolve(id + suffix + ".json");
        Files.writeString(file, text);
        return file.toString();
    }
}
