package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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

/**
 * The diagnostics pane on the expired evaluation domain controller (problems first, in both languages), and on the KMS
 * client whose clock is 5 hours off its host.
 */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage, new TestSession("server2019-eval-expired", home, Duration.ofMillis(200)),
                background, 900);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        window.close();
        background.shutdown();
    }

    /** Runs every check from the pane and waits for the last result. */
    private VBox runTheChecks(FxRobot robot) throws Exception {
        robot.clickOn("#nav-DIAGNOSTICS");
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !window.diagnostics().runningProperty().get()
                && !robot.lookup("#results").queryAs(VBox.class).getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents(); // the last result's rendering
        return robot.lookup("#results").queryAs(VBox.class);
    }

    @Test
    void runsTheChecksAndShowsTheEvaluationProblemFirst(FxRobot robot) throws Exception {
        VBox results = runTheChecks(robot);
        Label firstVerdict = robot.from(results.getChildren().get(0)).lookup(".status-badge").queryAs(Label.class);
        assertThat(firstVerdict.getText()).isEqualTo("Problem");
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).startsWith("Problems: ");
        assertThat(robot.from(results).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("domain controller"))
                .noneSatisfy(text -> assertThat(text).containsIgnoringCase("slmgr /rearm"));
        assertThat(Files.size(Screenshots.write(scene, "diagnostics-en"))).isPositive();

        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(robot.lookup("#results").queryAs(VBox.class).getChildren().get(0))
                .lookup(".status-badge").queryAs(Label.class).getText()).isEqualTo("問題");
        assertThat(Files.size(Screenshots.write(scene, "diagnostics-ja"))).isPositive();
    }

    @Test
    void aKmsClientFiveHoursOffItsHostSeesTheClockProblem(FxRobot robot) throws Exception {
        TestWindows.waitForText(robot, "#computer", "SRV-DC01");
        robot.clickOn("#practiceMenu");
        robot.clickOn("#scenario-win10-kms-clock-skew");
        TestWindows.waitForText(robot, "#computer", "PC-0433");

        VBox results = runTheChecks(robot);
        List<Node> cards = WaitForAsyncUtils.asyncFx(() -> List.copyOf(results.getChildren())).get();
        Node clock = cards.stream()
                .filter(card -> robot.from(card).lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(label -> label.getText().equals("System clock")))
                .findFirst().orElseThrow();
        assertThat(robot.from(clock).lookup(".status-badge").queryAs(Label.class).getText()).isEqualTo("Problem");
        assertThat(robot.from(clock).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).contains("5 hours 12 minutes behind the KMS host"))
                .anySatisfy(text -> assertThat(text).contains("w32tm /resync"));
        assertThat(Files.size(Screenshots.write(scene, "diagnostics-clock-en"))).isPositive();
    }
}
