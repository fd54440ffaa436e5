package org.activationdesk.app;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.ui.shell.DeskApp;
import org.activationdesk.ui.shell.Session;

/**
 * Starts the window. Kept apart from {@link Launcher} so that running the CLI never loads a JavaFX class.
 */
final class GuiMain {

    /** Practice answers take a moment, as the real service does, so progress and cancel can be seen. */
    static final Duration PRACTICE_LATENCY = Duration.ofMillis(700);

    private GuiMain() {
    }

    /**
     * Opens the window; the window opens the session (scenario files) once its first frame is on screen, so
     * start-up work never competes with it. A scenario that cannot be loaded is shown in the window (in the
     * user's language) and on stderr.
     */
    static void start(GuiOptions options) {
        Supplier<Session> session = () -> {
            try {
                Backend backend = Backend.select(options.practice(), options.scenario(), PRACTICE_LATENCY);
                return new AppSession(backend, PRACTICE_LATENCY);
            } catch (ScenarioException e) {
                String message = e.describe(Messages.of(Language.fromLocale(Locale.getDefault())));
                System.err.println(message);
                throw new IllegalArgumentException(message, e);
            }
        };
        DeskApp.launch(session, new String[0]);
    }

    /** The few options the window understands: {@code --practice} and {@code --scenario NAME|PATH}. */
    record GuiOptions(boolean practice, String scenario) {
    }
}
