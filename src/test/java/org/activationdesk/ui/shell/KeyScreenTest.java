package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
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
 * The product-key screen as a helpdesk person uses it: a key typed with one slip, the correction offered and taken,
 * the key identified and the plan for this machine shown. Uses Microsoft's published Server 2019 Datacenter KMS
 * client key; a typo version of it fails the checksum, so neither is a secret.
 */
@ExtendWith(ApplicationExtension.class)
class KeyScreenTest {

    /** Microsoft's published KMS client key for Windows Server 2019 Datacenter. */
    private static final String DATACENTER_GVLK = "WMDGN-G9PQG-XVVXX-R3X43-63DFG";

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        MainWindow window = TestWindows.show(stage, new TestSession("server2019-std-datacenter-key", home, Duration.ZERO),
                background, 900);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void aKeyWithOneSlipIsCaughtCorrectedIdentifiedAndPlanned(FxRobot robot) throws Exception {
        robot.clickOn("#nav-PRODUCT_KEY");
        String slip = DATACENTER_GVLK.substring(0, 28) + "Q"; // the last G typed as Q
        robot.clickOn("#hiddenKey").write(slip.toLowerCase());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hiddenKey").queryAs(PasswordField.class).getText()).isEqualTo(slip.toLowerCase());
        assertThat(robot.lookup("#shownKey").queryAs(TextField.class).isVisible()).as("masked by default").isFalse();
        assertThat(robot.lookup("#keyStatus").queryAs(Label.class).getStyleClass()).contains("tone-problem");
        assertThat(robot.lookup("#problems").queryAs(VBox.class).getChildren()).isNotEmpty();
        Node useG = robot.lookup("#use-25-G").query();
        assertThat(useG).as("the original character is offered at position 25").isNotNull();
        assertThat(Files.size(Screenshots.write(scene, "product-key-typo-en"))).isPositive();

        robot.clickOn(useG);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#identity").queryAs(Label.class).isVisible()
                && robot.lookup("#verdict").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#keyStatus").queryAs(Label.class).getText()).contains("*****-*****-*****-*****-63DFG");
        assertThat(robot.lookup("#keyEdition").queryAs(Label.class).getText()).isEqualTo("ServerDatacenter");
        assertThat(robot.lookup("#identity").queryAs(Label.class).getText()).contains("KMS client key");
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).contains("DISM");
        assertThat(robot.lookup("#steps").queryAs(VBox.class).getChildren()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Files.size(Screenshots.write(scene, "product-key-plan-en"))).isPositive();

        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).contains("DISM").doesNotContain("edition must");
        assertThat(Files.size(Screenshots.write(scene, "product-key-plan-ja"))).isPositive();
    }

    /**
     * ControlsFX marks a field from a decoration layer above it; were that layer missing, the first mark would make one
     * the new scene root, and JavaFX would style and lay out every screen again (a stall of several hundred ms).
     */
    @Test
    void theFirstMistakeIsMarkedWithoutReplacingTheSceneRoot(FxRobot robot) {
        Parent before = scene.getRoot();
        robot.clickOn("#nav-PRODUCT_KEY");
        robot.clickOn("#hiddenKey").write(DATACENTER_GVLK.substring(0, 28) + "Q");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problems").queryAs(VBox.class).getChildren()).isNotEmpty();
        assertThat(scene.getRoot()).isSameAs(before);
    }

    /** The stylesheet's bridge from Modena's colour names (which ControlsFX reads) to the theme's sits on the root. */
    @Test
    void controlsFxColoursFollowTheTheme(FxRobot robot) {
        Region modena = new Region();
        modena.setStyle("-fx-background-color: -fx-body-color;");
        Region theme = new Region();
        theme.setStyle("-fx-background-color: -color-bg-subtle;");
        Pane window = robot.lookup(".desk").queryAs(Pane.class);

        robot.interact(() -> {
            window.getChildren().addAll(modena, theme);
            window.applyCss();
        });

        assertThat(modena.getBackground()).as("-fx-body-color resolved").isNotNull();
        assertThat(modena.getBackground().getFills().get(0).getFill())
                .isEqualTo(theme.getBackground().getFills().get(0).getFill());
    }

    @Test
    void theRevealToggleShowsTheSameText(FxRobot robot) {
        robot.clickOn("#nav-PRODUCT_KEY");
        robot.clickOn("#hiddenKey").write("abc");

        robot.clickOn("#reveal");

        TextField shown = robot.lookup("#shownKey").queryAs(TextField.class);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getText()).isEqualTo("abc");
        assertThat(robot.lookup("#keyStatus").queryAs(Label.class).getText()).contains("3");
    }

    @Test
    void aPlanStepIsAButtonThatRunsOnlyAfterTheConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("#nav-PRODUCT_KEY");
        robot.clickOn("#hiddenKey").write(DATACENTER_GVLK);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#run-step-1").tryQuery().isPresent());

        robot.clickOn("#run-step-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAs(javafx.scene.layout.Region.class)).isNotNull();
        robot.clickOn("#confirmOk");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#jobNotice").queryAs(Label.class).getText().startsWith("Done"));
        assertThat(robot.lookup("#jobNotice").queryAs(Label.class).getText()).contains("ServerDatacenter")
                .doesNotContain(DATACENTER_GVLK);
        assertThat(Files.size(Screenshots.write(scene, "product-key-step-done-en"))).isPositive();
    }
}
