package org.activationdesk.app;

import java.nio.file.Path;

/** Where Activation Desk keeps its own files (the action journal). Never inside licensing stores. */
public final class AppPaths {

    /** Overrides the folder, for tests and portable use. */
    public static final String HOME_PROPERTY = "activationdesk.home";

    private AppPaths() {
    }

    public static Path home() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        if (isWindows() && localAppData != null) {
            return Path.of(localAppData, "ActivationDesk");
        }
        return Path.of(System.getProperty("user.home"), ".activation-desk");
    }

    /** Practice has its own journal, so training never mixes with a machine's real history. */
    public static Path journal(boolean practice) {
        return home().resolve(practice ? "practice-journal.tsv" : "journal.tsv");
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
