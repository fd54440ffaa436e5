package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** The overview as a person sees it: real window, real background threads, menus clicked with the robot. */
@ExtendWith(ApplicationExtension.class)
class OverviewScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private MainWindow window;
    private Scene scene;
    private TestSession session;

    @Start
    void start(Stage stage) throws Exception {
        // A little latency, as the real service has, so the test proves it waits for background work.
        session = new TestSession("server2019-eval-expired", home, Duration.ofMillis(150));
        window = TestWindows.show(stage, session, background, 780);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void showsTheExpiredEvaluationInBothLanguagesAndWritesTheScreenshots(FxRobot robot) throws Exception {
        TestWindows.waitForText(robot, "#reasonCode", "0xC004FC07");
        assertThat(robot.lookup("#practiceBanner").queryAs(Label.class).getText())
                .startsWith("PRACTICE MODE").contains("server2019-eval-expired");
        assertThat(robot.lookup("#reasonText").queryAs(Label.class).getText()).isEqualTo("The evaluation period has ended");
        assertThat(robot.lookup("#status").queryAs(Label.class).getStyleClass()).contains("tone-problem");
        assertThat(robot.lookup("#nextStepTitle").queryAs(Label.class).getText()).isEqualTo("Convert the evaluation edition");
        assertThat(Files.size(Screenshots.write(scene, "overview-en"))).isPositive();

        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");

        TestWindows.waitForText(robot, "#reasonText", "評価期間が終了しています");
        assertThat(robot.lookup("#practiceBanner").queryAs(Label.class).getText()).startsWith("練習モード");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("未認証: 通知モード");
        assertThat(robot.lookup("#nextStepTitle").queryAs(Label.class).getText()).isEqualTo("評価版を製品版に変換する");
        // Texts written in the FXML follow the language too, without the view being loaded again.
        assertThat(robot.lookup(".card-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Windows のライセンス", "次の手順");
        assertThat(robot.lookup("#refresh").queryAs(Button.class).getText()).isEqualTo("再読み込み");
        assertThat(Files.size(Screenshots.write(scene, "overview-ja"))).isPositive();
    }

    @Test
    void theNextStepButtonOpensStepByStepGuidanceWhereTheStepHasNoScreenYet(FxRobot robot) throws Exception {
        TestWindows.waitForText(robot, "#reasonCode", "0xC004FC07");
        Label guidance = robot.lookup("#guidance").queryAs(Label.class);
        assertThat(guidance.isVisible()).isFalse();

        robot.clickOn("#nextStepButton");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guidance.isVisible()).isTrue();
        assertThat(guidance.getText()).startsWith("1. If this server is a domain controller").contains("\n2. ")
                .contains("DISM /Online /Set-Edition");
        assertThat(Files.size(Screenshots.write(scene, "overview-guidance-en"))).isPositive();
    }

    @Test
    void switchingScenarioFromThePracticeMenuReadsTheNewMachine(FxRobot robot) throws Exception {
        TestWindows.waitForText(robot, "#computer", "SRV-DC01");

        robot.clickOn("#practiceMenu");
        robot.clickOn("#scenario-rds2022-rebuilt");

        TestWindows.waitForText(robot, "#computer", "RDS-LS01");
        assertThat(robot.lookup("#practiceBanner").queryAs(Label.class).getText()).contains("rds2022-rebuilt");
        assertThat(robot.lookup("#rdsStatus").queryAs(Label.class).getText()).isEqualTo("Not activated");
        assertThat(robot.lookup("#nextStepTitle").queryAs(Label.class).getText()).isEqualTo("Activate the RD license server");
    }

    @Test
    void theNextStepButtonActivatesAndExplainsTheFailure(FxRobot robot) throws Exception {
        TestWindows.waitForText(robot, "#computer", "SRV-DC01");
        robot.clickOn("#practiceMenu");
        robot.clickOn("#scenario-server2019-std-datacenter-key");
        TestWindows.waitForText(robot, "#computer", "SRV-FILE02");
        Button next = robot.lookup("#nextStepButton").queryAs(Button.class);
        assertThat(next.getText()).isEqualTo("Activate now");

        robot.clickOn(next);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#notice").queryAs(Label.class).getText().contains("0xC004F050"));
        TestWindows.waitForText(robot, "#lastAttemptCode", "0xC004F050");
        TestWindows.waitForText(robot, "#nextStepTitle", "Use a key for this edition");
        assertThat(session.journal().read()).hasSize(1);
    }
}
