package org.activationdesk.app;

import java.time.Duration;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.ui.shell.DeskApp;

/**
 * Starts the window. Kept apart from {@link Launcher} so that running the CLI never loads a JavaFX class.
 */
final class GuiMain {

    /** Practice answers take a moment, as the real service does, so progress and cancel can be seen. */
    static final Duration PRACTICE_LATENCY = Duration.ofMillis(700);

    private GuiMain() {
    }

    static void start(GuiOptions options, long startNanos) throws ScenarioException {
        Backend backend = Backend.select(options.practice(), options.scenario(), PRACTICE_LATENCY);
        AppSession session = new AppSession(backend, PRACTICE_LATENCY);
        DeskApp.launch(() -> session, startNanos, new String[0]);
    }

    /** The few options the window understands: {@code --practice} and {@code --scenario NAME|PATH}. */
    record GuiOptions(boolean practice, String scenario) {
    }
}
