package org.activationdesk.app;

import java.nio.file.Path;

/** Where Activation Desk keeps its own files (the action journal). Never inside licensing stores. */
public final class AppPaths {

    /** Overrides the folder, for tests and portable use. */
    public static final String HOME_PROPERTY = "activationdesk.home";

    private AppPaths() {
    }

    public static Path home() {
        return home(System.getProperty(HOME_PROPERTY), isWindows(), System.getenv("LOCALAPPDATA"),
                System.getProperty("user.home"));
    }

    /** The rule behind {@link #home()}, with this computer's settings passed in so that every branch can be tested. */
    static Path home(String configured, boolean windows, String localAppData, String userHome) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (windows && localAppData != null && !localAppData.isBlank()) {
            return Path.of(localAppData, "ActivationDesk");
        }
        return Path.of(userHome, ".activation-desk");
    }

    /** Practice has its own journal, so training never mixes with a machine's real history. */
    public static Path journal(boolean practice) {
        return home().resolve(practice ? "practice-journal.tsv" : "journal.tsv");
    }

    public static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
