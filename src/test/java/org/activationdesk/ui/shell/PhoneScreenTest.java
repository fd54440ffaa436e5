package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.job.DepositConfirmationIdJob;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.IidGroupCheck;
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
 * Phone activation of the MAK machine with no internet, on the practice line: by keyboard, with a mistyped group,
 * a wrong block, a pasted Confirmation ID, a changed Installation ID and a cancel.
 */
@ExtendWith(ApplicationExtension.class)
class PhoneScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private TestSession session;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        session = new TestSession("mak-no-internet", home.resolve("j" + System.nanoTime()), Duration.ZERO);
        window = TestWindows.show(stage, session, background, 960);
        scene = window.root().getScene();
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    private void waitFor(FxRobot robot, PhoneStep step) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.phone().stepProperty().get() == step && !window.phone().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndReadInstallationId(FxRobot robot) throws Exception {
        robot.clickOn("#nav-PHONE_ACTIVATION");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());
        robot.clickOn("#readInstallationId");
        waitFor(robot, PhoneStep.INSTALLATION_ID);
    }

    private List<String> groupsOnScreen(FxRobot robot) {
        return java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(i -> robot.lookup("#iid-group-" + i).queryAs(Label.class).getText()).toList();
    }

    /** Keys every group into the practice line, the way a person keys them into the phone. */
    private void keyInAllGroups(FxRobot robot, List<String> groups) {
        for (String group : groups) {
            robot.clickOn("#lineInput").write(group).type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ConfirmationId practiceAnswer(List<String> groups) {
        return session.simulator().confirmationIdFor(InstallationId.of(String.join("", groups)));
    }

    private String linePrompt(FxRobot robot) {
        return robot.lookup("#linePrompt").queryAs(Label.class).getText();
    }

    @Test
    void theWholeCallByKeyboardWithAMistypedGroupAndAWrongBlock(FxRobot robot) throws Exception {
        openAndReadInstallationId(robot);
        List<String> groups = groupsOnScreen(robot);
        assertThat(groups).hasSize(9).allSatisfy(g -> assertThat(IidGroupCheck.isValid(g)).as(g).isTrue());
        assertThat(robot.lookup(".iid-group.current").queryAll()).hasSize(1);
        Screenshots.write(scene, "phone-installation-id-en");

        // Reading along with the arrow keys.
        robot.clickOn("#iid-group-1").type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(window.phone().currentGroupProperty().get()).isEqualTo(2);

        // A slip in the first group: the line catches it by its check digit and asks again.
        String first = groups.get(0);
        String slip = first.substring(0, 6) + (char) ('0' + (first.charAt(6) - '0' + 1) % 7);
        robot.clickOn("#lineInput").write(slip).type(KeyCode.ENTER);
        assertThat(linePrompt(robot)).contains("group 1 again");
        robot.clickOn("#lineInput").write("12345").type(KeyCode.ENTER);
        assertThat(linePrompt(robot)).contains("7 digits");
        keyInAllGroups(robot, groups);
        assertThat(robot.lookup("#lineAnswer").queryAs(javafx.scene.layout.FlowPane.class).getChildren()).hasSize(8);
        Screenshots.write(scene, "phone-practice-line-en");

        ConfirmationId answer = practiceAnswer(groups);
        robot.clickOn("#toConfirmationId");
        waitFor(robot, PhoneStep.CONFIRMATION_ID);
        // Block A typed with a letter O for a zero: named, not accepted.
        robot.write(answer.blocks().get(0).substring(0, 5) + "O");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#blockProblem").queryAs(Label.class).getText()).contains("Block A");
        assertThat(robot.lookup("#deposit").queryAs(Button.class).isDisabled()).isTrue();
        Screenshots.write(scene, "phone-confirmation-id-wrong-block-en");

        robot.lookup("#cid-block-A").queryAs(TextField.class);
        robot.doubleClickOn("#cid-block-A").eraseText(6).write(answer.blocks().get(0));
        for (int i = 1; i < ConfirmationId.BLOCKS; i++) {
            robot.write(answer.blocks().get(i)); // the cursor moved on by itself
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#blockProblem").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#deposit").queryAs(Button.class).isDisabled()).isFalse();
        Screenshots.write(scene, "phone-confirmation-id-en");

        robot.type(KeyCode.ENTER); // the deposit button is the default button
        waitFor(robot, PhoneStep.RESULT);

        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.ACTIVATED);
        assertThat(robot.lookup("#phoneResult").queryAs(Label.class).getText()).contains("accepted");
        assertThat(session.licensing().snapshot().windowsProduct().orElseThrow().licenseStatus())
                .isEqualTo(LicenseStatus.LICENSED);
        assertThat(session.journal().read()).filteredOn(e -> e.action().equals(DepositConfirmationIdJob.ACTION))
                .singleElement().extracting(JournalEntry::detail).asString().contains(answer.toString());
        Screenshots.write(scene, "phone-result-en");
    }

    @Test
    void aWholeConfirmationIdPastedIntoOneBlockSpreadsOverAll(FxRobot robot) throws Exception {
        openAndReadInstallationId(robot);
        ConfirmationId answer = practiceAnswer(groupsOnScreen(robot));
        robot.clickOn("#toConfirmationId");
        waitFor(robot, PhoneStep.CONFIRMATION_ID);

        robot.interact(() -> robot.lookup("#cid-block-C").queryAs(TextField.class)
                .replaceSelection(String.join(" - ", answer.blocks()))); // what a paste does


        assertThat(robot.lookup("#cid-block-H").queryAs(TextField.class).getText()).isEqualTo(answer.blocks().get(7));
        assertThat(robot.lookup("#deposit").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void aWrongDigitKeepsWhatWasTypedAndTheBlocksCanBeCorrected(FxRobot robot) throws Exception {
        openAndReadInstallationId(robot);
        ConfirmationId answer = practiceAnswer(groupsOnScreen(robot));
        String digits = answer.digits();
        String wrong = digits.substring(0, 30) + (digits.charAt(30) == '9' ? '0' : '9') + digits.substring(31);
        robot.clickOn("#toConfirmationId");
        waitFor(robot, PhoneStep.CONFIRMATION_ID);
        robot.interact(() -> robot.lookup("#cid-block-A").queryAs(TextField.class).replaceSelection(wrong));
        robot.clickOn("#deposit");
        waitFor(robot, PhoneStep.RESULT);

        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.WRONG_CONFIRMATION_ID);
        assertThat(robot.lookup("#phoneResult").queryAs(Label.class).getText()).contains("block by block")
                .contains("0xC004F04D");
        Screenshots.write(scene, "phone-result-wrong-digit-en");

        robot.clickOn("#fixConfirmationId");
        waitFor(robot, PhoneStep.CONFIRMATION_ID);
        assertThat(robot.lookup("#cid-block-F").queryAs(TextField.class).getText()).isEqualTo(wrong.substring(30, 36));
        robot.doubleClickOn("#cid-block-F").eraseText(6).write(digits.substring(30, 36));
        robot.clickOn("#deposit");
        waitFor(robot, PhoneStep.RESULT);
        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.ACTIVATED);
    }

    @Test
    void aChangedInstallationIdIsCaughtBeforeDepositAndStartsOver(FxRobot robot) throws Exception {
        openAndReadInstallationId(robot);
        List<String> before = groupsOnScreen(robot);
        ConfirmationId answer = practiceAnswer(before);
        session.simulator().simulateHardwareChange(); // e.g. a motherboard swap while on the phone
        robot.clickOn("#toConfirmationId");
        waitFor(robot, PhoneStep.CONFIRMATION_ID);
        robot.interact(() -> robot.lookup("#cid-block-A").queryAs(TextField.class).replaceSelection(answer.digits()));
        robot.clickOn("#deposit");
        waitFor(robot, PhoneStep.RESULT);

        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.INSTALLATION_ID_CHANGED);
        assertThat(robot.lookup("#phoneResult").queryAs(Label.class).getText()).contains("Start again");
        assertThat(robot.lookup("#fixConfirmationId").queryAs(Button.class).isVisible()).isFalse();

        robot.clickOn("#startOver");
        waitFor(robot, PhoneStep.INSTALLATION_ID);
        assertThat(groupsOnScreen(robot)).isNotEqualTo(before);
        assertThat(window.phone().blockProperty(0).get()).isEmpty();
    }

    @Test
    void inJapaneseEveryStepReads(FxRobot robot) throws Exception {
        robot.clickOn("#nav-PHONE_ACTIVATION");
        // The Language menu itself is exercised by the overview and error-code screen tests.
        robot.interact(() -> window.shell().setLanguage(Language.JAPANESE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#phone-step-REGION").queryAs(Label.class).getText()).contains("国または地域");
        robot.clickOn("#readInstallationId");
        waitFor(robot, PhoneStep.INSTALLATION_ID);
        List<String> groups = groupsOnScreen(robot);
        keyInAllGroups(robot, groups);
        assertThat(linePrompt(robot)).contains("確認 ID");
        ConfirmationId answer = practiceAnswer(groups);
        robot.clickOn("#toConfirmationId");
        waitFor(robot, PhoneStep.CONFIRMATION_ID);
        robot.interact(() -> robot.lookup("#cid-block-A").queryAs(TextField.class)
                .replaceSelection(answer.digits().substring(0, 42) + "５５５５５５"));
        robot.clickOn("#deposit");
        waitFor(robot, PhoneStep.RESULT);
        assertThat(robot.lookup("#phoneResult").queryAs(Label.class).getText()).contains("ブロックごと");
        Screenshots.write(scene, "phone-result-wrong-digit-ja");
    }

    @Test
    void theWholeCallWithTheKeyboardOnly(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Screen.PHONE_ACTIVATION));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());
        robot.type(KeyCode.ENTER); // "Show the Installation ID" is the step's default button
        waitFor(robot, PhoneStep.INSTALLATION_ID);
        List<String> groups = groupsOnScreen(robot);
        for (String group : groups) { // focus starts in the practice line's field
            robot.write(group).type(KeyCode.ENTER);
        }
        robot.type(KeyCode.ENTER); // Enter on the empty field goes on
        waitFor(robot, PhoneStep.CONFIRMATION_ID);
        robot.write(practiceAnswer(groups).digits()); // typed straight through: the cursor follows the blocks
        robot.type(KeyCode.ENTER);
        waitFor(robot, PhoneStep.RESULT);

        assertThat(window.phone().outcomeProperty().get()).isEqualTo(PhoneOutcome.ACTIVATED);
    }
}
