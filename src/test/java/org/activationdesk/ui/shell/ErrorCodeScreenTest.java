package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.activationdesk.ui.Screenshots;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.FxBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The error-code screen: reached from the overview's reason link and from the navigation, decoding as typed. */
@ExtendWith(ApplicationExtension.class)
class ErrorCodeScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage, new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO),
                background, 780);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void theLastAttemptCodeOnTheOverviewOpensItsExplanation(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0x8007232B".equals(text(robot, "#lastAttemptCode")));

        robot.clickOn("#lastAttemptCode");

        assertThat(robot.lookup("#nav-ERROR_CODES").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(text(robot, "#code")).isEqualTo("0x8007232B");
        assertThat(text(robot, "#title")).isEqualTo("No KMS host was found in DNS");
        assertThat(robot.lookup("#input").queryAs(TextField.class).getText()).isEqualTo("0x8007232B");
    }

    @Test
    void typingAWholeErrorMessageDecodesItInBothLanguages(FxRobot robot) throws Exception {
        robot.clickOn("#nav-ERROR_CODES");
        robot.clickOn("#input").write("Error code -1073415161 while activating");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#code")).isEqualTo("0xC004FC07");
        assertThat(text(robot, "#symbol")).isEqualTo("SL_E_VALIDITY_PERIOD_EXPIRED");
        assertThat(Files.size(Screenshots.write(scene, "error-codes-en"))).isPositive();

        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#title")).isEqualTo("評価期間が終了しています");
        assertThat(text(robot, "#nav-ERROR_CODES")).isEqualTo("エラー コード");
        assertThat(Files.size(Screenshots.write(scene, "error-codes-ja"))).isPositive();

        robot.doubleClickOn("#input").eraseText(60).write("hello");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#result").query().isVisible()).isFalse();
    }
}
