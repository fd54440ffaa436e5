package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.job.DepositConfirmationIdJob;
import org.activationdesk.core.job.GenerateInstallationIdJob;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.ui.Screenshots;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.phone.PhoneOutcome;
import org.activationdesk.ui.phone.PhoneStep;
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
 * The server of the Datacenter story after its conversion, in a closed network: from the overview's next step to an
 * activated Windows by phone, in Japanese, with the support history in the journal. Writes the Japanese screenshots
 * of every phone step.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneServerScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private TestSession session;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        session = new TestSession("server2019-datacenter-offline", home, Duration.ZERO);
        window = TestWindows.show(stage, session, background, 960);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    private void waitFor(PhoneStep step) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.phone().stepProperty().get() == step && !window.phone().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromTheOverviewToAnActivatedServerByPhoneInJapanese(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().setLanguage(Language.JAPANESE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#nextStepButton").queryAs(Button.class)
                .isDisabled());
        robot.clickOn("#nextStepButton"); // the overview's next step: activate by phone
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#phoneProduct").queryAs(Label.class).getText()).contains("ServerDatacenter")
                .contains("*****-*****-*****-*****-H3PDG");
        Screenshots.write(scene, "phone-region-ja");

        robot.clickOn("#readInstallationId");
        waitFor(PhoneStep.INSTALLATION_ID);
        List<String> groups = IntStream.rangeClosed(1, 9)
                .mapToObj(i -> robot.lookup("#iid-group-" + i).queryAs(Label.class).getText()).toList();
        Screenshots.write(scene, "phone-installation-id-ja");

        for (String group : groups) {
            robot.clickOn("#lineInput").write(group).type(KeyCode.ENTER);
        }
        Screenshots.write(scene, "phone-practice-line-ja");
        ConfirmationId answer = session.simulator().confirmationIdFor(InstallationId.of(String.join("", groups)));

        robot.clickOn("#toConfirmationId");
        waitFor(PhoneStep.CONFIRMATION_ID);
        robot.interact(() -> robot.lookup("#cid-block-A").queryAs(TextField.class).replaceSelection(
                toFullWidth(answer.toString()))); // pasted from a Japanese IME, full-width with spaces
        Screenshots.write(scene, "phone-confirmation-id-ja");
        robot.clickOn("#deposit");
        waitFor(PhoneStep.RESULT);

        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.ACTIVATED);
        assertThat(robot.lookup("#phoneResult").queryAs(Label.class).getText()).contains("受け付けました");
        assertThat(session.licensing().snapshot().windowsProduct().orElseThrow().licenseStatus())
                .isEqualTo(LicenseStatus.LICENSED);
        Screenshots.write(scene, "phone-result-ja");
        // The support history: which ID was read out, which CID came back, and that it worked.
        List<JournalEntry> journal = session.journal().read();
        assertThat(journal).extracting(JournalEntry::action)
                .containsExactly(GenerateInstallationIdJob.ACTION, DepositConfirmationIdJob.ACTION);
        assertThat(journal.get(1).detail()).contains(String.join(" ", groups)).contains(answer.toString());
        assertThat(journal.get(1).outcome().toString()).isEqualTo("0x00000000");
    }

    @Test
    void theRegionStepInEnglish(FxRobot robot) throws Exception {
        robot.clickOn("#nav-PHONE_ACTIVATION");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#numbers").queryAs(Label.class).getText()).contains("Practice line");
        Screenshots.write(scene, "phone-region-en");
    }

    private static String toFullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == ' ' ? '　' : (char) c));
        return out.toString();
    }
}
