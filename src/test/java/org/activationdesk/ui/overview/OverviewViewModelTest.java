package org.activationdesk.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.ActivateOnlineJob;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview's state and commands, with no JavaFX toolkit running. */
class OverviewViewModelTest {

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));
    private final DirectBackground background = new DirectBackground();

    private OverviewViewModel model(TestSession session) {
        return new OverviewViewModel(session, background, ErrorCatalog.load(), Clock.systemUTC(), messages);
    }

    @Test
    void showsTheExpiredEvaluationWithItsReasonAndTheConversionStep() throws Exception {
        OverviewViewModel model = model(new TestSession("server2019-eval-expired", home, Duration.ZERO));

        model.refresh();

        assertThat(background.runs()).as("the read went through the background").isEqualTo(1);
        assertThat(model.computerProperty().get()).isEqualTo("SRV-DC01");
        assertThat(model.editionProperty().get()).isEqualTo("ServerStandardEval");
        assertThat(model.productKeyProperty().get()).isEqualTo("*****-*****-*****-*****-6XBY2");
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.reasonCodeProperty().get()).isEqualTo("0xC004FC07");
        assertThat(model.reasonTextProperty().get()).isEqualTo("The evaluation period has ended");
        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.CONVERT_EVALUATION);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.rdsVisibleProperty().get()).isFalse();
    }

    @Test
    void switchingLanguageRewritesEveryTextWithoutReadingAgain() throws Exception {
        OverviewViewModel model = model(new TestSession("mak-no-internet", home, Duration.ZERO));
        model.refresh();
        String englishStatus = model.statusProperty().get();

        messages.set(Messages.of(Language.JAPANESE));

        assertThat(background.runs()).isEqualTo(1);
        assertThat(model.statusProperty().get()).isNotEqualTo(englishStatus).isEqualTo("未認証: 初期猶予期間");
        assertThat(model.timeLeftProperty().get()).isEqualTo("20 日 0 時間");
        assertThat(model.lastAttemptCodeProperty().get()).isEqualTo("0x80072EE7");
        assertThat(model.lastAttemptTextProperty().get()).isEqualTo("ライセンス認証サーバーの名前を解決できません");
        assertThat(model.nextStepTitleProperty().get()).isEqualTo("電話で認証する");
    }

    @Test
    void aStepWithoutItsOwnScreenYetGivesStepByStepGuidance() throws Exception {
        OverviewViewModel model = model(new TestSession("mak-no-internet", home, Duration.ZERO));
        model.refresh();

        Optional<String> guidance = model.runNextStep();

        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.ACTIVATE_BY_PHONE);
        assertThat(guidance).hasValueSatisfying(text -> assertThat(text).contains("Installation ID"));
    }

    @Test
    void failedOnlineActivationIsExplainedJournaledAndChangesTheAdvice() throws Exception {
        TestSession session = new TestSession("server2019-std-datacenter-key", home, Duration.ZERO);
        OverviewViewModel model = model(session);
        model.refresh();
        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.ACTIVATE_ONLINE);

        Optional<String> guidance = model.runNextStep();

        assertThat(guidance).isEmpty();
        assertThat(model.noticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.noticeProperty().get()).contains("0xC004F050");
        assertThat(model.lastAttemptCodeProperty().get()).isEqualTo("0xC004F050");
        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.ENTER_MATCHING_KEY);
        assertThat(session.journal().read()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ActivateOnlineJob.ACTION);
            assertThat(entry.outcome().toString()).isEqualTo("0xC004F050");
            assertThat(entry.maskedKey()).isEqualTo("*****-*****-*****-*****-QFTJK");
        });
    }

    @Test
    void successfulKmsActivationTurnsTheStatusGreenWithoutAdministratorRights() throws Exception {
        // The KMS client scenario with its KMS host published in DNS and no failure yet; its user is not an
        // administrator.
        Path scenario = home.resolve("kms-answers.json");
        String text = Files.readString(Path.of("resources/scenarios/win10-pro-kms-no-srv.json"))
                .replace("\"srv\": []", "\"srv\": [{\"domain\": \"corp.example\", \"records\": [{\"target\": "
                        + "\"kms01.corp.example\", \"port\": 1688, \"priority\": 0, \"weight\": 0}]}]")
                .replace("\"lastActivationError\": \"0x8007232B\",", "");
        Files.writeString(scenario, text);
        TestSession session = new TestSession(scenario.toString(), home, Duration.ZERO);
        OverviewViewModel model = model(session);
        model.refresh();
        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.ACTIVATE_ONLINE);
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.WARNING);

        assertThat(model.runNextStep()).isEmpty();

        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(model.timeLeftProperty().get()).isEqualTo("180 days 0 hours");
        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.NOTHING_TO_DO);
        assertThat(model.noticeProperty().get()).isEqualTo("Activation succeeded.");
        assertThat(session.journal().read()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome().value()).isZero());
    }

    @Test
    void onlineActivationWithMicrosoftNeedsAdministratorRights() throws Exception {
        Path scenario = home.resolve("not-elevated.json");
        String text = Files.readString(Path.of("resources/scenarios/server2019-std-datacenter-key.json"))
                .replace("\"elevated\": true", "\"elevated\": false");
        Files.writeString(scenario, text);
        TestSession session = new TestSession(scenario.toString(), home, Duration.ZERO);
        OverviewViewModel model = model(session);
        model.refresh();

        model.runNextStep();

        assertThat(model.noticeProperty().get()).contains("administrator");
        assertThat(background.runs()).as("nothing was started").isEqualTo(1);
        assertThat(session.journal().read()).isEmpty();
    }

    @Test
    void theRdsServerCardAppearsOnlyWithTheRole() throws Exception {
        OverviewViewModel model = model(new TestSession("rds2022-rebuilt", home, Duration.ZERO));
        model.refresh();

        assertThat(model.rdsVisibleProperty().get()).isTrue();
        assertThat(model.rdsStatusProperty().get()).isEqualTo("Not activated");
        assertThat(model.rdsToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.nextStepProperty().get()).isEqualTo(NextStep.ACTIVATE_RDS_SERVER);
    }

    @Test
    void rearmSaysWhatItCostsBeforeItRunsAndUsesOneRearm() throws Exception {
        TestSession session = new TestSession("mak-no-internet", home, Duration.ZERO);
        OverviewViewModel model = model(session);
        model.refresh();

        OverviewViewModel.Proposal proposal = model.propose(Maintenance.REARM).orElseThrow();
        assertThat(proposal.description()).contains("does not activate").contains("1,001").contains("1,000");
        assertThat(proposal.unmet()).isEmpty();
        assertThat(session.journal().read()).as("proposing changes nothing").isEmpty();

        model.run(Maintenance.REARM);

        assertThat(session.licensing().snapshot().windowsProduct().orElseThrow().remainingRearms()).isEqualTo(1000);
        assertThat(session.journal().read()).singleElement().extracting(e -> e.action()).isEqualTo("rearm");
        assertThat(model.noticeProperty().get()).startsWith("Done: Rearm");
    }

    @Test
    void aStandardUserIsToldWhyNothingCanBeRemoved() throws Exception {
        TestSession session = new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO);
        OverviewViewModel model = model(session);
        model.refresh();

        assertThat(model.propose(Maintenance.UNINSTALL_KEY).orElseThrow().unmet()).singleElement().asString()
                .contains("administrator");
        model.run(Maintenance.UNINSTALL_KEY);

        assertThat(session.journal().read()).isEmpty();
        assertThat(session.licensing().snapshot().windowsProduct().orElseThrow().partialKey()).isNotNull();
        assertThat(model.noticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
    }
}
