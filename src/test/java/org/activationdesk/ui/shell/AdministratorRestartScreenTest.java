package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.LicensingException;
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

/**
 * A helpdesk user who opened Activation Desk without administrator rights: the strip says what that means and the
 * restart is one confirmed click, from the strip or from the diagnostics' fix. The restart itself is a stand-in that
 * records the request (on Windows it is ShellExecuteEx with the runas verb); the non-elevated practice machine plays
 * the computer.
 */
@ExtendWith(ApplicationExtension.class)
class AdministratorRestartScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> closed = new CopyOnWriteArrayList<>();
    private volatile boolean decline;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        TestSession session = new TestSession("win10-pro-kms-no-srv", home.resolve("j" + System.nanoTime()),
                Duration.ZERO).offering(() -> {
                    requests.add("runas");
                    if (decline) {
                        throw new LicensingException(new Hresult(0x800704C7), "declined");
                    }
                });
        window = TestWindows.show(stage, session, background, 900);
        window.afterElevatedStart(() -> closed.add("closed"));
    }

    @AfterEach
    void stop() {
        window.close();
        background.shutdown();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStripRestartsAfterTheQuestionAndThenThisWindowCloses(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#adminStrip").query().isVisible());
        assertThat(Files.size(Screenshots.write(window.root().getScene(), "admin-strip-en"))).isPositive();

        robot.clickOn("#adminRestart");
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        assertThat(requests).as("nothing before the answer").isEmpty();
        robot.clickOn("#confirmOk");

        waitUntil(() -> !closed.isEmpty());
        assertThat(requests).containsExactly("runas");
    }

    @Test
    void aDeclinedPromptLeavesTheWindowOpenAndSaysWhyInJapanese(FxRobot robot) throws Exception {
        decline = true;
        waitUntil(() -> robot.lookup("#adminStrip").query().isVisible());
        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");
        robot.clickOn("#adminRestart");
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        robot.clickOn("#confirmOk");

        waitUntil(() -> robot.lookup("#adminRestartProblem").query().isVisible());
        assertThat(robot.lookup("#adminRestartProblem").queryAs(Label.class).getText()).contains("許可されなかった");
        assertThat(closed).isEmpty();
        assertThat(Files.size(Screenshots.write(window.root().getScene(), "admin-strip-ja"))).isPositive();
    }

    @Test
    void theDiagnosticsFixForMissingRightsAsksToRestart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#adminStrip").query().isVisible());
        robot.clickOn("#nav-DIAGNOSTICS");
        robot.clickOn("#run");
        waitUntil(() -> !window.diagnostics().runningProperty().get() && robot.lookup(".hyperlink")
                .queryAllAs(Hyperlink.class).stream().anyMatch(link -> link.getText().equals("Restart as administrator")));
        Hyperlink fix = robot.lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals("Restart as administrator")).findFirst().orElseThrow();
        javafx.application.Platform.runLater(fix::fire); // not interact(): the question waits for an answer

        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        robot.clickOn("#confirmOk");
        waitUntil(() -> !closed.isEmpty());
        assertThat(requests).containsExactly("runas");
    }

    @Test
    void withoutAWayToRestartNoStripIsShown(FxRobot robot) throws Exception {
        TestSession practice = new TestSession("win10-pro-kms-no-srv", home.resolve("p" + System.nanoTime()),
                Duration.ZERO);
        Stage stage = (Stage) window.root().getScene().getWindow();
        MainWindow plain = WaitForAsyncUtils.asyncFx(() -> TestWindows.show(stage, practice, background, 900)).get();
        TestWindows.waitForText(robot, "#computer", "PC-0217");
        Node strip = robot.lookup("#adminStrip").query();
        assertThat(plain.overview().notElevatedProperty().get()).isTrue();
        assertThat(strip.isVisible()).isFalse();
        assertThat(strip.isManaged()).isFalse();
        plain.close();
    }
}
