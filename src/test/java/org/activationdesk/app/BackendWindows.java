package org.activationdesk.app;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.ui.shell.MainWindow;
import org.activationdesk.ui.util.Background;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window on a composed backend, through the application's own session, as the start-up does. */
final class BackendWindows {

    private BackendWindows() {
    }

    static MainWindow show(Stage stage, Backend backend, Background background) throws ScenarioException {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(new AppSession(backend, Duration.ZERO), background, ErrorCatalog.load(),
                Clock.systemUTC(), Language.ENGLISH);
        stage.setScene(new Scene(window.root(), 1040, 900));
        stage.show();
        window.start();
        return window;
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    static void waitUntil(Duration limit, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
