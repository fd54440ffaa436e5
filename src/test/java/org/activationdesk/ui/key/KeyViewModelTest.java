package org.activationdesk.ui.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key screen's state, with no toolkit. Keys are Microsoft's published KMS client keys, or typos of them. */
class KeyViewModelTest {

    private static final String SERVER_2019_STANDARD_GVLK = "N69G4-B89J2-4G8F4-WWYCC-J464C";
    private static final String SERVER_2019_DATACENTER_GVLK = "WMDGN-G9PQG-XVVXX-R3X43-63DFG";

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));

    private KeyViewModel model(String scenario) throws Exception {
        KeyViewModel model = new KeyViewModel(new TestSession(scenario, home, Duration.ZERO), new DirectBackground(),
                org.activationdesk.core.errors.ErrorCatalog.load(), java.time.Clock.systemUTC(),
                messages);
        model.refreshMachine();
        return model;
    }

    @Test
    void anEmptyFieldIsNoMistake() throws Exception {
        KeyViewModel model = model("win10-pro-activated");

        assertThat(model.problems()).isEmpty();
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.NEUTRAL);
        assertThat(model.identifiedProperty().get()).isFalse();
    }

    @Test
    void oneSlipIsOfferedBackAndTakingItMakesTheKeyValid() throws Exception {
        KeyViewModel model = model("server2019-std-datacenter-key");
        model.inputProperty().set("wmdgn g9pqg xvvxx r3x43 63dfq");

        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        KeyViewModel.SuggestionRow original = model.suggestions().stream()
                .filter(row -> row.suggestion().position() == 25 && row.suggestion().to().equals("G")).findFirst()
                .orElseThrow();
        assertThat(original.text()).contains("25").contains("“Q”").contains("“G”");

        model.apply(original);

        assertThat(model.inputProperty().get()).isEqualTo(SERVER_2019_DATACENTER_GVLK);
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.editionProperty().get()).isEqualTo("ServerDatacenter");
        assertThat(model.plannedProperty().get()).isTrue();
        assertThat(model.blockers()).isEmpty();
        assertThat(model.steps()).first().extracting(KeyViewModel.StepRow::text).asString().startsWith("1. ")
                .contains("ServerDatacenter");
    }

    @Test
    void theExpiredEvaluationDomainControllerGetsItsBlockerInBothLanguages() throws Exception {
        KeyViewModel model = model("server2019-eval-expired");
        model.inputProperty().set(SERVER_2019_STANDARD_GVLK);

        assertThat(model.verdictToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.blockers()).singleElement().asString().contains("domain controller");

        messages.set(Messages.of(Language.JAPANESE));

        assertThat(model.blockers()).singleElement().asString().contains("ドメイン コントローラー");
        assertThat(model.statusProperty().get()).contains("*****-*****-*****-*****-J464C");
    }

    @Test
    void nothingOutsideTheEntryFieldHoldsTheFullKey() throws Exception {
        KeyViewModel model = model("server2019-std-datacenter-key");
        model.inputProperty().set(SERVER_2019_DATACENTER_GVLK);

        String everything = String.join("\n", model.statusProperty().get(), model.identityProperty().get(),
                model.verdictProperty().get(), model.steps().toString(), String.join("\n", model.warnings()));
        assertThat(everything).doesNotContain(SERVER_2019_DATACENTER_GVLK).contains("*****-*****-*****-*****-63DFG");
    }

    @Test
    void aPlanStepRunsAsItsJobOnlyAfterConfirmationAndThePlanMovesOn() throws Exception {
        TestSession session = new TestSession("server2019-std-datacenter-key", home, Duration.ZERO);
        KeyViewModel model = new KeyViewModel(session, new DirectBackground(),
                org.activationdesk.core.errors.ErrorCatalog.load(), java.time.Clock.systemUTC(), messages);
        model.refreshMachine();
        model.inputProperty().set(SERVER_2019_DATACENTER_GVLK);
        KeyViewModel.StepRow convert = model.steps().get(0);
        assertThat(convert.action()).isEqualTo("Convert…");

        KeyViewModel.StepProposal proposal = model.propose(convert.index()).orElseThrow();
        assertThat(proposal.description()).contains("DISM").contains("ServerDatacenter")
                .doesNotContain(SERVER_2019_DATACENTER_GVLK);
        assertThat(proposal.unmet()).isEmpty();
        assertThat(session.journal().read()).as("proposing changes nothing").isEmpty();

        model.run(convert.index(), false);

        assertThat(session.licensing().snapshot().machine().editionId()).isEqualTo("ServerDatacenter");
        assertThat(model.jobNoticeToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(session.journal().read()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(org.activationdesk.core.job.ConvertEditionJob.ACTION);
            assertThat(e.maskedKey()).isEqualTo("*****-*****-*****-*****-63DFG");
        });
        // Re-planned on the converted machine: the key now fits, no conversion step any more.
        assertThat(model.steps()).extracting(KeyViewModel.StepRow::text).noneMatch(t -> t.contains("DISM"));
    }

    @Test
    void aKmsClientKeyAsksForAnExplicitYesAndIsNotInstalledWithout() throws Exception {
        TestSession session = new TestSession("mak-no-internet", home, Duration.ZERO);
        KeyViewModel model = new KeyViewModel(session, new DirectBackground(),
                org.activationdesk.core.errors.ErrorCatalog.load(), java.time.Clock.systemUTC(), messages);
        model.refreshMachine();
        String professionalGvlk = org.activationdesk.core.key.GvlkCatalog.builtIn().entries().stream()
                .filter(e -> "Professional".equals(e.editionId())).findFirst().orElseThrow().key().plainText();
        model.inputProperty().set(professionalGvlk);
        KeyViewModel.StepRow install = model.steps().stream().filter(r -> "Install key…".equals(r.action()))
                .findFirst().orElseThrow();

        assertThat(model.propose(install.index()).orElseThrow().needsGvlkConfirmation()).isTrue();
        model.run(install.index(), false);

        assertThat(session.journal().read()).isEmpty();
        assertThat(model.jobNoticeProperty().get()).contains("KMS client");
        assertThat(session.licensing().snapshot().windowsProduct().orElseThrow().partialKey()).isEqualTo("QJ4KX");

        model.run(install.index(), true);

        assertThat(session.licensing().snapshot().windowsProduct().orElseThrow().channel())
                .isEqualTo(org.activationdesk.core.port.Channel.KMS_CLIENT);
    }

    @Test
    void aRefusedStepSaysWhyWithTheDecodedCode() throws Exception {
        TestSession session = new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO); // a standard user
        KeyViewModel model = new KeyViewModel(session, new DirectBackground(),
                org.activationdesk.core.errors.ErrorCatalog.load(), java.time.Clock.systemUTC(), messages);
        model.refreshMachine();
        String enterpriseGvlk = org.activationdesk.core.key.GvlkCatalog.builtIn().entries().stream()
                .filter(e -> "Enterprise".equals(e.editionId())).findFirst().orElseThrow().key().plainText();
        model.inputProperty().set(enterpriseGvlk);
        KeyViewModel.StepRow change = model.steps().get(0);

        assertThat(model.propose(change.index()).orElseThrow().unmet()).singleElement().asString()
                .contains("administrator");
        model.run(change.index(), true);

        assertThat(model.jobNoticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.jobNoticeProperty().get()).contains("administrator");
        assertThat(session.journal().read()).as("an unmet precondition runs nothing").isEmpty();
    }

    @Test
    void aFailedActivationStepIsDecodedInTheUsersLanguage() throws Exception {
        TestSession session = new TestSession("mak-no-internet", home, Duration.ZERO); // no route to anything
        KeyViewModel model = new KeyViewModel(session, new DirectBackground(),
                org.activationdesk.core.errors.ErrorCatalog.load(), java.time.Clock.systemUTC(), messages);
        model.refreshMachine();
        model.inputProperty().set(org.activationdesk.core.key.GvlkCatalog.builtIn().entries().stream()
                .filter(e -> "Professional".equals(e.editionId())).findFirst().orElseThrow().key().plainText());
        model.run(0, true); // install the KMS client key, confirmed
        KeyViewModel.StepRow activate = model.steps().stream().filter(r -> "Activate…".equals(r.action()))
                .findFirst().orElseThrow();

        model.run(activate.index(), false);

        assertThat(model.jobNoticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.jobNoticeProperty().get()).contains("0x80072EE7").doesNotContain("unknown");
        messages.set(Messages.of(Language.JAPANESE));
        assertThat(model.jobNoticeProperty().get()).contains("0x80072EE7").contains("エラー コード");
        assertThat(session.journal().read()).extracting(e -> e.outcome().toString())
                .containsExactly("0x00000000", "0x80072EE7");
    }
}
