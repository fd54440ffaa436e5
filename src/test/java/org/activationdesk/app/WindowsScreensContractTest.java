package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.net.LiveKmsNetwork;
import org.activationdesk.platform.windows.WindowsLicensingService;
import org.activationdesk.ui.Screenshots;
import org.activationdesk.ui.shell.MainWindow;
import org.activationdesk.ui.util.FxBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screens on the Windows CI runner's own licensing service, composed as {@link Backend#windows()} composes them
 * (only the journal is moved to a temporary folder). Read only: every screen is opened and read, diagnostics run, a
 * published KMS client key is identified against the machine's own pkeyconfig; no step, job or activation button is
 * pressed. Run with {@code ./mvnw -Pwindows-contract surefire:test}.
 */
@Tag("windows-contract")
@EnabledOnOs(OS.WINDOWS)
@ExtendWith(ApplicationExtension.class)
class WindowsScreensContractTest {

    /** Microsoft's published KMS client key for Windows Server 2022 Datacenter. */
    private static final String SERVER_2022_DATACENTER_GVLK = "WX4NM-KYWYW-QJJR4-XV3QB-6VM33";

    @TempDir
    Path home;

    private final FxBackground background = new FxBackground();
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        WindowsLicensingService.Bridge bridge = WindowsLicensingService.open();
        Backend backend = new Backend(bridge.licensing(), bridge.rds(), new LiveKmsNetwork(), bridge.licensing(),
                Optional.empty(), null, new ActionJournal(home.resolve("journal.tsv")), bridge.phoneDirectory(),
                Optional.empty(), LiveSystemHealth.forThisComputer());
        window = BackendWindows.show(stage, backend, background);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        window.close();
        background.shutdown();
    }

    @Test
    void everyScreenReadsThisWindowsMachineAndChangesNothing(FxRobot robot) throws Exception {
        String computer = System.getenv("COMPUTERNAME");
        waitUntil(() -> computer != null && computer.equalsIgnoreCase(text(robot, "#computer")));
        assertThat(window.shell().practiceProperty().get()).as("the real service, not practice mode").isFalse();
        assertThat(text(robot, "#productKey")).matches("\\*{5}-\\*{5}-\\*{5}-\\*{5}-[A-Z0-9]{5}");
        assertThat(text(robot, "#status")).isNotBlank();
        Screenshots.write(scene, "contract-overview");

        robot.clickOn("#nav-PRODUCT_KEY");
        robot.clickOn("#hiddenKey").write(SERVER_2022_DATACENTER_GVLK);
        waitUntil(() -> robot.lookup("#identity").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#keyEdition")).isEqualTo("ServerDatacenter");
        Screenshots.write(scene, "contract-product-key");

        robot.clickOn("#nav-PHONE_ACTIVATION");
        waitUntil(() -> !window.phone().busyProperty().get());
        Screenshots.write(scene, "contract-phone");

        robot.clickOn("#nav-VOLUME_ACTIVATION");
        waitUntil(() -> !window.volume().facts().isEmpty());
        Screenshots.write(scene, "contract-volume");

        robot.clickOn("#nav-DIAGNOSTICS");
        robot.clickOn("#run");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !window.diagnostics().runningProperty().get()
                && !robot.lookup("#results").queryAs(VBox.class).getChildren().isEmpty());
        Screenshots.write(scene, "contract-diagnostics");

        robot.clickOn("#nav-RDS");
        waitUntil(() -> !window.rds().busyProperty().get());
        Screenshots.write(scene, "contract-rds");

        assertThat(new ActionJournal(home.resolve("journal.tsv")).read()).as("nothing was changed").isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return BackendWindows.text(robot, query);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        BackendWindows.waitUntil(Duration.ofSeconds(60), condition);
    }
}
