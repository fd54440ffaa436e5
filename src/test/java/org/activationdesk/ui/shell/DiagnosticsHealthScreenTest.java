package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** The diagnostics pane on the KMS client whose clock is 5 hours off: the clock check names 0xC004F06C. */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsHealthScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.show(stage, new TestSession("win10-kms-clock-skew", home, Duration.ofMillis(100)),
                background, 900);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        window.close();
        background.shutdown();
    }

    @Test
    void theClockCheckShowsTheSkewAgainstTheKmsHost(FxRobot robot) throws Exception {
        robot.clickOn("#nav-DIAGNOSTICS");
        robot.clickOn("#run");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !window.diagnostics().runningProperty().get()
                && !robot.lookup("#results").queryAs(VBox.class).getChildren().isEmpty());
        VBox results = robot.lookup("#results").queryAs(VBox.class);
        Node clock = results.getChildren().stream()
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
