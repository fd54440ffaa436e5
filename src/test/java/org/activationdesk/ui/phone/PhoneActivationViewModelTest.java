package org.activationdesk.ui.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.ConfirmationIdEntry.BlockState;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.HeldBackground;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The phone activation view model with no toolkit: the steps, the practice line, the blocks, the outcomes. */
class PhoneActivationViewModelTest {

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));
    private TestSession session;

    private PhoneActivationViewModel model(String scenario, Background background) throws Exception {
        session = new TestSession(scenario, home, Duration.ZERO);
        return new PhoneActivationViewModel(session, background, ErrorCatalog.load(), Clock.systemUTC(), messages);
    }

    private PhoneActivationViewModel atInstallationId() throws Exception {
        PhoneActivationViewModel model = model("mak-no-internet", new DirectBackground());
        model.start();
        model.readInstallationId();
        return model;
    }

    @Test
    void aMakMachineStartsAtTheRegionWithThePracticeLine() throws Exception {
        PhoneActivationViewModel model = model("mak-no-internet", new DirectBackground());

        model.start();

        assertThat(model.stepProperty().get()).isEqualTo(PhoneStep.REGION);
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.regions()).isNotEmpty();
        assertThat(model.numbersProperty().get()).contains("Practice line");
        assertThat(model.productProperty().get()).contains("*****-*****-*****-*****-QJ4KX");
        assertThat(model.practiceLineProperty().get()).isTrue();
    }

    @Test
    void aKmsClientIsToldPhoneActivationIsNotForIt() throws Exception {
        PhoneActivationViewModel model = model("win10-pro-kms-no-srv", new DirectBackground());

        model.start();
        model.readInstallationId();

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.stepProperty().get()).isEqualTo(PhoneStep.REGION);
        assertThat(model.noticeProperty().get()).contains("never by phone");
        assertThat(model.noticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
    }

    @Test
    void theInstallationIdIsShownInCheckedGroupsAndJournalled() throws Exception {
        PhoneActivationViewModel model = atInstallationId();

        assertThat(model.stepProperty().get()).isEqualTo(PhoneStep.INSTALLATION_ID);
        assertThat(model.groups()).hasSize(9);
        assertThat(InstallationId.read(String.join("", model.groups())).isValid()).isTrue();
        assertThat(model.installationIdText()).isEqualTo(String.join(" ", model.groups()));
        assertThat(session.journal().read()).singleElement().satisfies(e ->
                assertThat(e.detail()).contains(model.groups().get(0)));

        model.nextGroup();
        model.nextGroup();
        model.previousGroup();
        assertThat(model.currentGroupProperty().get()).isEqualTo(1);
    }

    @Test
    void thePracticeLineAsksAgainForAGroupThatFailsItsCheckAndAnswersAfterTheNinth() throws Exception {
        PhoneActivationViewModel model = atInstallationId();
        String first = model.groups().get(0);

        model.keyInToLine(first.substring(0, 6) + (char) ('0' + (first.charAt(6) - '0' + 3) % 7));
        assertThat(model.linePromptProperty().get()).contains("group 1 again");
        model.keyInToLine("１２３");
        assertThat(model.linePromptProperty().get()).contains("7 digits");
        for (String group : model.groups()) {
            model.keyInToLine(group);
        }

        assertThat(model.lineAnswer()).hasSize(8).first().asString().startsWith("A  ");
        ConfirmationId expected = session.simulator().confirmationIdFor(
                InstallationId.of(String.join("", model.groups())));
        assertThat(model.lineAnswer().get(7)).endsWith(expected.blocks().get(7));
    }

    @Test
    void blocksAreCheckedAsTypedAndTheDepositActivates() throws Exception {
        PhoneActivationViewModel model = atInstallationId();
        ConfirmationId answer = session.simulator().confirmationIdFor(InstallationId.of(String.join("", model.groups())));
        model.toConfirmationId();

        assertThat(model.enterBlock(0, answer.blocks().get(0))).isEqualTo(1);
        assertThat(model.enterBlock(1, "12a")).isEqualTo(1);
        assertThat(model.blockProblemProperty().get()).contains("Block B");
        assertThat(model.depositReadyProperty().get()).isFalse();
        model.deposit(); // nothing happens with blocks missing
        assertThat(model.stepProperty().get()).isEqualTo(PhoneStep.CONFIRMATION_ID);

        model.enterBlock(1, answer.digits().substring(6));

        assertThat(model.blockStates()).containsOnly(BlockState.COMPLETE);
        assertThat(model.depositReadyProperty().get()).isTrue();
        model.deposit();
        assertThat(model.stepProperty().get()).isEqualTo(PhoneStep.RESULT);
        assertThat(model.outcomeProperty().get()).isEqualTo(PhoneOutcome.ACTIVATED);
        assertThat(model.resultProperty().get()).contains("Activated");
        messages.set(Messages.of(Language.JAPANESE));
        assertThat(model.resultProperty().get()).contains("受け付けました");
    }

    @Test
    void cancellingTheReadLeavesTheFirstStepAsItWas() throws Exception {
        HeldBackground background = new HeldBackground();
        PhoneActivationViewModel model = model("mak-no-internet", background);
        model.start();
        background.releaseNext();

        model.readInstallationId();
        assertThat(model.busyProperty().get()).isTrue();
        model.cancel();
        background.releaseNext(); // the work would have finished now; its result must not arrive

        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.stepProperty().get()).isEqualTo(PhoneStep.REGION);
        assertThat(model.groups()).isEmpty();
        assertThat(model.readyProperty().get()).isTrue();
    }

    @Test
    void theSheetIsSavedWithTheIdAndTheMaskedKeyOnly() throws Exception {
        PhoneActivationViewModel model = atInstallationId();
        Path sheet = home.resolve("sheet.html");

        model.saveSheet(sheet);

        String html = Files.readString(sheet);
        assertThat(html).contains(model.groups().get(8)).contains("*****-*****-*****-*****-QJ4KX")
                .contains("LAB-PC07").contains("practice");
        assertThat(html).doesNotContainPattern("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
        assertThat(model.noticeProperty().get()).contains(sheet.toString());
    }
}
