package org.activationdesk.ui.shell;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.Background;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window on a practice session, in English, as the screen tests need it. */
final class TestWindows {

    private TestWindows() {
    }

    static MainWindow show(Stage stage, TestSession session, Background background, int height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(session, background, ErrorCatalog.load(), Clock.systemUTC(),
                Language.ENGLISH);
        stage.setScene(new Scene(window.root(), 1040, height));
        stage.show();
        window.start();
        return window;
    }

    /**
     * Waits until the labelled node shows the text, then until the FX thread has finished what it was doing: the text
     * may be the first of a render still running, and the test reads the rest next.
     */
    static void waitForText(FxRobot robot, String query, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> expected.equals(robot.lookup(query).queryAs(Labeled.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
