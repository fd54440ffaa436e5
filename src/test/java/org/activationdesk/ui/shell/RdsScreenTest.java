package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
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
 * The RD license server screen as a trainee uses it after a crash: opened from the overview's RDS card, the practice
 * Clearinghouse called, the license server ID typed in groups, the server activated; in both languages.
 */
@ExtendWith(ApplicationExtension.class)
class RdsScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private Stage stage;
    private MainWindow window;
    private Scene scene;
    private TestSession session;

    @Start
    void start(Stage stage) throws Exception {
        session = new TestSession("rds2022-rebuilt", home, Duration.ofMillis(150));
        this.stage = stage;
        window = TestWindows.show(stage, session, background, 780);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        window.close();
        background.shutdown();
    }

    /** The robot clicks on the (headless) screen: scroll the screen's content so the node is in the window first. */
    private static <T extends Node> T inView(FxRobot robot, String query) {
        T node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane pane = scrollPaneOf(node);
            Node content = pane.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Parent parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }

    /** The whole screen for the user guide: the window made tall enough for a moment, then put back. */
    private void screenshotOfTheWholeScreen(String name) throws Exception {
        double height = stage.getHeight();
        ScrollPane pane = scrollPaneOf(window.root().lookup("#rdsSubtitle"));
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setHeight(2080);
            pane.setVvalue(0);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.size(Screenshots.write(scene, name))).isPositive();
        WaitForAsyncUtils.asyncFx(() -> stage.setHeight(height)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRebuiltServerIsActivatedWithTheIdTypedInGroupsInBothLanguages(FxRobot robot) throws Exception {
        TestWindows.waitForText(robot, "#computer", "RDS-LS01");
        robot.clickOn("#rdsOpen");
        TestWindows.waitForText(robot, "#rdsStatusBadge", "Not activated");
        assertThat(robot.lookup("#rdsStatusBadge").queryAs(Label.class).getStyleClass()).contains("tone-problem");
        assertThat(robot.lookup("#nav-RDS").queryAs(Node.class).getStyleClass()).isNotEmpty();
        assertThat(robot.lookup("#rdsKeyPacks").queryAs(TableView.class).getItems()).isEmpty();

        robot.clickOn((Node) inView(robot, "#rdsAskPractice"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#rdsPracticeAnswer").queryAs(Label.class).getText().isEmpty());
        String answer = robot.lookup("#rdsPracticeAnswer").queryAs(Label.class).getText();
        String grouped = answer.replaceAll(".*is ((?:[0-9A-Z]{5} ){6}[0-9A-Z]{5}).*", "$1");
        assertThat(grouped).startsWith("PRACT ").hasSize(41);
        Button activate = robot.lookup("#rdsActivateWithId").queryAs(Button.class);
        assertThat(activate.isDisabled()).isTrue();

        robot.clickOn((Node) inView(robot, "#rdsIdInput")).write(grouped.toLowerCase());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activate.isDisabled()).as("typed: %s", robot.lookup("#rdsIdStatus").queryAs(Label.class).getText())
                .isFalse();
        assertThat(robot.lookup("#rdsIdStatus").queryAs(Label.class).getText()).contains(grouped);
        screenshotOfTheWholeScreen("rds-en");

        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");
        TestWindows.waitForText(robot, "#rdsStatusBadge", "未認証");
        assertThat(robot.lookup("#rdsKeyPacks").queryAs(TableView.class).getColumns()).extracting(c -> ((javafx.scene.control.TableColumn<?, ?>) c).getText())
                .contains("CAL の種類", "使用可能", "有効期限");
        assertThat(activate.getText()).isEqualTo("この ID で認証する");
        screenshotOfTheWholeScreen("rds-ja");

        robot.clickOn((Node) inView(robot, "#rdsActivateWithId"));

        TestWindows.waitForText(robot, "#rdsStatusBadge", "認証済み");
        HBox id = robot.lookup("#rdsServerId").queryAs(HBox.class);
        assertThat(id.getChildren()).hasSize(7);
        assertThat(String.join(" ", id.getChildren().stream().map(n -> ((Label) n).getText()).toList())).isEqualTo(grouped);
        assertThat(session.journal().read()).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("rds-activate-with-id"));
    }
}
