package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.ui.PracticeVariants;
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
 * The volume activation screen end to end in practice mode, on the seeds it was written for: a KMS client without an
 * SRV record (discovery explains 0x8007232B, the typed host is probed and set, then activation), a KMS host below its
 * threshold turned back into a client after the published key is confirmed, and a MAK fallback. Writes the
 * volume-*.png pictures of the user guide.
 */
@ExtendWith(ApplicationExtension.class)
class VolumeScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    /** Opens the window on a scenario (built-in name or file) and goes to the volume screen. */
    private MainWindow open(FxRobot robot, String scenario) throws Exception {
        TestSession session = new TestSession(scenario, home.resolve("j" + System.nanoTime()), Duration.ZERO);
        return open(robot, session);
    }

    private MainWindow open(FxRobot robot, TestSession session) throws Exception {
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> TestWindows.show(stage, session, background, 1000)).get();
        robot.clickOn("#nav-VOLUME_ACTIVATION");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.volume().facts().isEmpty());
        return window;
    }

    private static Scene scene(MainWindow window) {
        return window.root().getScene();
    }

    /** The scroll pane the volume screen lives in. */
    private static ScrollPane page(Node node) {
        Node parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }

    /** Scrolls the screen so that the node is at the top of the view, as a person would before clicking it. */
    private static void scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            ScrollPane pane = page(node);
            Node content = pane.getContent();
            double y = node.localToScene(0, 0).getY() - content.localToScene(0, 0).getY();
            double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 12) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls back to the top of the screen. */
    private static void top(FxRobot robot) {
        Node title = robot.lookup("#whereTitle").query();
        robot.interact(() -> page(title).setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void click(FxRobot robot, String query) {
        scrollTo(robot, query);
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String dialogText(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Node content = pane.getContent();
        return content instanceof Label label ? label.getText()
                : ((Label) ((VBox) content).getChildren().get(0)).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void toJapanese(FxRobot robot) {
        robot.clickOn("#languageMenu");
        robot.clickOn("#language-ja");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static LicensingProduct windows(TestSession session) {
        return session.simulator().snapshot().windowsProduct().orElseThrow();
    }

    @Test
    void noSrvRecordThenTheTypedHostIsProbedAndTheStandardUserIsToldSettingItNeedsAnAdministrator(FxRobot robot)
            throws Exception {
        MainWindow window = open(robot, "win10-pro-kms-no-srv");
        assertThat(robot.lookup("#domainField").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("corp.example");

        click(robot, "#lookUp");
        waitUntil(() -> text(robot, "#discoveryText").contains("0x8007232B"));
        assertThat(text(robot, "#discoveryFix")).contains("slmgr /skms");
        top(robot);
        assertThat(Files.size(Screenshots.write(scene(window), "volume-no-srv-en"))).isPositive();

        scrollTo(robot, "#probeField");
        robot.clickOn("#probeField").write("kms01.corp.example");
        click(robot, "#probeButton");
        waitUntil(() -> text(robot, "#probeSummary").startsWith("A KMS service answers"));
        assertThat(robot.lookup("#probeSteps").queryAs(VBox.class).getChildren()).hasSize(3);
        click(robot, "#useProbed");
        waitUntil(() -> robot.lookup("#switch-step-1").tryQuery().isPresent());
        assertThat(robot.lookup("#switch-step-1").queryAs(Button.class).getText()).isEqualTo("Set host…");
        scrollTo(robot, "#probeTitle");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-probe-en"))).isPositive();

        click(robot, "#switch-step-1");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("kms01.corp.example").contains("administrator");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.volume().jobRunningProperty().get()).isFalse();

        toJapanese(robot);
        waitUntil(() -> text(robot, "#probeSummary").contains("KMS サービス"));
        scrollTo(robot, "#probeTitle");
        assertThat(text(robot, "#discoveryText")).contains("0x8007232B");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-probe-ja"))).isPositive();
    }

    @Test
    void theOverviewsKmsStepAndADiagnosticsKmsFixOpenThisScreen(FxRobot robot) throws Exception {
        TestSession session = new TestSession("win10-pro-kms-no-srv", home.resolve("j" + System.nanoTime()),
                Duration.ZERO);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> TestWindows.show(stage, session, background, 1000)).get();
        javafx.scene.control.ToggleButton volumeNav = robot.lookup("#nav-VOLUME_ACTIVATION")
                .queryAs(javafx.scene.control.ToggleButton.class);
        waitUntil(() -> "Find the KMS host".equals(robot.lookup("#nextStepTitle").queryAs(Label.class).getText()));

        robot.clickOn("#nextStepButton");
        waitUntil(volumeNav::isSelected);
        assertThat(robot.lookup("#whereHeadline").queryAs(Label.class).isVisible()).isTrue();

        robot.clickOn("#nav-DIAGNOSTICS");
        robot.clickOn("#run");
        waitUntil(() -> robot.lookup(".hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .anyMatch(link -> link.getText().equals("Volume activation (KMS)")));
        javafx.scene.control.Hyperlink fix = robot.lookup(".hyperlink").queryAllAs(javafx.scene.control.Hyperlink.class)
                .stream().filter(link -> link.getText().equals("Volume activation (KMS)")).findFirst().orElseThrow();
        robot.interact(fix::fire);
        waitUntil(volumeNav::isSelected);
        window.close();
    }

    @Test
    void anAdministratorSetsTheHostAndActivates(FxRobot robot) throws Exception {
        TestSession session = new TestSession(PracticeVariants.elevated("win10-pro-kms-no-srv", home),
                home.resolve("j" + System.nanoTime()), Duration.ZERO);
        MainWindow window = open(robot, session);
        scrollTo(robot, "#probeField");
        robot.clickOn("#probeField").write("kms01.corp.example");
        click(robot, "#probeButton");
        waitUntil(() -> window.volume().probedProperty().get());
        click(robot, "#useProbed");
        waitUntil(() -> robot.lookup("#switch-step-1").tryQuery().isPresent());

        click(robot, "#switch-step-1");
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        robot.clickOn("#confirmOk");
        waitUntil(() -> text(robot, "#switchJobNotice").startsWith("Done"));
        waitUntil(() -> robot.lookup("#switch-step-1").queryAs(Button.class).getText().equals("Activate…"));

        click(robot, "#switch-step-1");
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        robot.clickOn("#confirmOk");
        waitUntil(() -> windows(session).licenseStatus() == LicenseStatus.LICENSED
                && window.volume().headlineToneProperty().get() == org.activationdesk.ui.util.StatusTone.GOOD);

        assertThat(windows(session).kmsClient().registeredHost()).isEqualTo("kms01.corp.example");
        top(robot);
        assertThat(Files.size(Screenshots.write(scene(window), "volume-activated-en"))).isPositive();
    }

    @Test
    void aKmsHostBelowItsThresholdIsExplainedAndTurnedIntoAClientOnlyWithTheTick(FxRobot robot) throws Exception {
        TestSession session = new TestSession("kms-host-below-threshold", home.resolve("j" + System.nanoTime()),
                Duration.ZERO);
        MainWindow window = open(robot, session);
        assertThat(text(robot, "#whereHeadline")).startsWith("KMS host");
        assertThat(text(robot, "#fact-2")).isEqualTo("3 computers in the last 30 days");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-host-en"))).isPositive();

        click(robot, "#lookUp");
        waitUntil(() -> robot.lookup("#srv-probe-1").tryQuery().isPresent());
        assertThat(text(robot, "#srv-choice-1")).isEqualTo("Tried first by every client");
        click(robot, "#srv-probe-1");
        waitUntil(() -> text(robot, "#probeSummary").startsWith("A KMS service answers on kms01.corp.example:1688"));
        scrollTo(robot, "#findTitle");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-srv-en"))).isPositive();

        scrollTo(robot, "#switchTitle");
        waitUntil(() -> text(robot, "#publishedKey").contains("*****-*****-*****-*****-J464C"));
        assertThat(Files.size(Screenshots.write(scene(window), "volume-host-switch-en"))).isPositive();
        robot.clickOn("#revealPublishedKey");
        waitUntil(() -> text(robot, "#publishedKey").contains("N69G4-B89J2-4G8F4-WWYCC-J464C"));
        robot.clickOn("#revealPublishedKey");

        click(robot, "#switch-step-1");
        waitUntil(() -> robot.lookup("#confirmTick").tryQuery().isPresent());
        assertThat(dialogText(robot)).contains("N69G4-B89J2-4G8F4-WWYCC-J464C");
        assertThat(robot.lookup("#confirmOk").queryAs(Button.class).isDisabled()).as("no tick, no install").isTrue();
        robot.clickOn("#confirmTick");
        robot.clickOn("#confirmOk");
        waitUntil(() -> windows(session).channel() == Channel.KMS_CLIENT
                && text(robot, "#whereHeadline").startsWith("KMS client"));

        toJapanese(robot);
        top(robot);
        assertThat(text(robot, "#whereHeadline")).startsWith("KMS クライアント");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-host-now-client-ja"))).isPositive();
    }

    @Test
    void theHostScreenInJapanese(FxRobot robot) throws Exception {
        MainWindow window = open(robot, "kms-host-below-threshold");

        toJapanese(robot);

        waitUntil(() -> text(robot, "#whereHeadline").startsWith("KMS ホスト"));
        assertThat(robot.lookup("#whereNotes").queryAs(VBox.class).getChildren()).anySatisfy(
                note -> assertThat(((Label) note).getText()).contains("0xC004F038"));
        assertThat(Files.size(Screenshots.write(scene(window), "volume-host-ja"))).isPositive();
        click(robot, "#lookUp");
        waitUntil(() -> robot.lookup("#srv-probe-1").tryQuery().isPresent());
        click(robot, "#srv-probe-1");
        waitUntil(() -> window.volume().probedProperty().get());
        scrollTo(robot, "#findTitle");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-srv-ja"))).isPositive();
        scrollTo(robot, "#switchTitle");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-host-switch-ja"))).isPositive();
    }

    @Test
    void aMakFallbackIsInstalledAndActivatedAfterConfirmation(FxRobot robot) throws Exception {
        TestSession session = new TestSession(PracticeVariants.hostWithStandInMak(home),
                home.resolve("j" + System.nanoTime()), Duration.ZERO);
        MainWindow window = open(robot, session);

        click(robot, "#switchMak");
        robot.clickOn("#makField").write(PracticeVariants.STAND_IN_SERVER_MAK);
        waitUntil(() -> robot.lookup("#switch-step-1").tryQuery().isPresent());
        assertThat(text(robot, "#makStatus")).contains("*****-*****-*****-*****-4GF74");
        scrollTo(robot, "#switchTitle");
        assertThat(Files.size(Screenshots.write(scene(window), "volume-mak-en"))).isPositive();

        click(robot, "#switch-step-1");
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        assertThat(robot.lookup("#confirmTick").tryQuery()).as("a MAK needs no KMS client tick").isEmpty();
        robot.clickOn("#confirmOk");
        waitUntil(() -> windows(session).channel() == Channel.MAK);
        waitUntil(() -> robot.lookup("#switch-step-1").tryQuery().isPresent()
                && robot.lookup("#switch-step-1").queryAs(Button.class).getText().equals("Activate…"));
        click(robot, "#switch-step-1");
        waitUntil(() -> robot.lookup("#confirmOk").tryQuery().isPresent());
        robot.clickOn("#confirmOk");
        waitUntil(() -> windows(session).licenseStatus() == LicenseStatus.LICENSED);

        toJapanese(robot);
        waitUntil(() -> text(robot, "#whereHeadline").startsWith("MAK"));
        top(robot);
        assertThat(Files.size(Screenshots.write(scene(window), "volume-mak-activated-ja"))).isPositive();
    }
}
