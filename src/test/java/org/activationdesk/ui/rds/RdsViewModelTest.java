package org.activationdesk.ui.rds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RdsIdKind;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RD license server screen's state and commands, with no JavaFX toolkit running. */
class RdsViewModelTest {

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));
    private final DirectBackground background = new DirectBackground();

    private RdsViewModel model(TestSession session, Background work) {
        return new RdsViewModel(session, work, ErrorCatalog.load(), Clock.systemUTC(), messages);
    }

    private RdsViewModel read(String scenario) throws Exception {
        RdsViewModel model = model(new TestSession(scenario, home, Duration.ZERO), background);
        model.refresh();
        return model;
    }

    @Test
    void theRebuiltServerShowsWhatIsMissingAndHowToActivate() throws Exception {
        RdsViewModel model = read("rds2022-rebuilt");

        assertThat(background.runs()).as("the read went through the background").isEqualTo(1);
        assertThat(model.roleInstalledProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Not activated");
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.serverIdGroups()).isEmpty();
        assertThat(model.productIdProperty().get()).isEqualTo("00454-40000-00001-AT275");
        assertThat(model.databasePathProperty().get()).isEqualTo("C:\\Windows\\System32\\LServer");
        assertThat(model.keyPacks()).isEmpty();
        assertThat(model.findings()).extracting(RdsViewModel.Line::label).startsWith("Problem", "Problem");
        assertThat(model.activationTitleProperty().get()).isEqualTo("Activate the license server");
        assertThat(model.webHowToProperty().get()).contains("00454-40000-00001-AT275");
        assertThat(model.steps()).extracting(RdsViewModel.Line::label).containsExactly("Done", "To do", "If needed",
                "To do", "If needed", "To do");
        assertThat(model.keep().get(1).text()).startsWith("00454-40000-00001-AT275\n");
        assertThat(model.practiceProperty().get()).isTrue();
        assertThat(model.subtitleProperty().get()).isEqualTo("RDS-LS01 · Windows Server 2022 Standard");
    }

    @Test
    void theIdFromThePracticeClearinghouseTypedInActivatesTheServerAndJournalsIt() throws Exception {
        TestSession session = new TestSession("rds2022-rebuilt", home, Duration.ZERO);
        RdsViewModel model = model(session, background);
        model.refresh();

        model.idInputProperty().set("00454-40000-00001-AT275");
        assertThat(model.idValidProperty().get()).isFalse();
        assertThat(model.idProblems()).anySatisfy(p -> assertThat(p).contains("Product ID"));

        model.askPracticeClearinghouse();
        String answer = model.practiceAnswerProperty().get();
        assertThat(answer).contains("PRACT");
        String grouped = answer.replaceAll(".*is ((?:[0-9A-Z]{5} ){6}[0-9A-Z]{5}).*", "$1");
        model.idInputProperty().set(grouped.toLowerCase());
        assertThat(model.idValidProperty().get()).isTrue();
        assertThat(model.idStatusProperty().get()).contains(grouped);

        model.activateWithTypedId();

        assertThat(model.statusProperty().get()).isEqualTo("Activated");
        assertThat(String.join(" ", model.serverIdGroups())).isEqualTo(grouped);
        assertThat(model.noticeProperty().get()).startsWith("The license server is activated.");
        assertThat(model.noticeToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(model.idInputProperty().get()).isEmpty();
        assertThat(model.activationTitleProperty().get()).isEqualTo("Reactivate the license server");
        assertThat(session.journal().read()).extracting(JournalEntry::action).containsExactly("rds-activate-with-id");
    }

    @Test
    void automaticActivationAsksForTheContactFirstAndNeverRunsWithoutIt() throws Exception {
        TestSession session = new TestSession("rds2022-rebuilt", home, Duration.ZERO);
        RdsViewModel model = model(session, background);
        model.refresh();

        model.activateAutomatically();

        assertThat(model.noticeProperty().get()).contains("first name, last name, company and country");
        assertThat(model.noticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(session.journal().read()).isEmpty();

        model.firstNameProperty().set("Aiko");
        model.lastNameProperty().set("Tanaka");
        model.companyProperty().set("Example Clinic");
        model.countryRegionProperty().set("Japan");
        model.activateAutomatically();

        assertThat(model.statusProperty().get()).isEqualTo("Activated");
        assertThat(model.companyProperty().get()).as("kept after the refresh").isEqualTo("Example Clinic");
        assertThat(session.journal().read()).extracting(JournalEntry::action).containsExactly("rds-activate-automatic");
    }

    @Test
    void anActivatedServerShowsItsIdAndKeyPacksAndReactivatesForAReason() throws Exception {
        TestSession session = new TestSession("rds2019-workgroup-per-user", home, Duration.ZERO);
        RdsViewModel model = model(session, background);
        model.refresh();

        assertThat(model.serverIdGroups()).containsExactly("PRACT", "ICESE", "RVER2", "019WO", "RKGRO", "UP000", "00001");
        assertThat(model.keyPacks()).hasSize(2);
        RdsViewModel.KeyPackRow first = model.keyPacks().get(0);
        assertThat(List.of(first.number(), first.calType(), first.version(), first.boughtAs(), first.total(),
                first.available(), first.issued(), first.expires()))
                .containsExactly("2", "Per user", "Windows Server 2019", "Retail purchase", "10", "0", "10", "—");
        assertThat(model.findings()).first().satisfies(f -> {
            assertThat(f.label()).isEqualTo("Warning");
            assertThat(f.text()).contains("workgroup");
        });
        assertThat(model.reasons()).hasSize(5);
        assertThat(model.companyProperty().get()).isEqualTo("Example Dental Clinic");

        model.reasonProperty().set(model.reasons().get(RdsReactivationReason.CERTIFICATE_CORRUPT.ordinal()));
        model.activateAutomatically();

        assertThat(String.join("", model.serverIdGroups())).isNotEqualTo("PRACTICESERVER2019WORKGROUP00000001")
                .startsWith("PRACTICE");
        assertThat(session.journal().read()).extracting(JournalEntry::action).containsExactly("rds-reactivate-automatic");
        assertThat(model.reasonProperty().get().reason()).isEqualTo(RdsReactivationReason.CERTIFICATE_CORRUPT);
    }

    @Test
    void reactivatingWithTheIdTheServerAlreadyHasIsStoppedBeforeItRuns() throws Exception {
        TestSession session = new TestSession("rds2019-workgroup-per-user", home, Duration.ZERO);
        RdsViewModel model = model(session, background);
        model.refresh();

        model.idInputProperty().set(RdsId.of(RdsIdKind.LICENSE_SERVER_ID, "PRACTICESERVER2019WORKGROUP00000001").grouped());
        model.activateWithTypedId();

        assertThat(model.noticeProperty().get()).contains("already has");
        assertThat(session.journal().read()).isEmpty();
    }

    @Test
    void switchingLanguageRewordsEverythingWithoutReadingAgain() throws Exception {
        RdsViewModel model = read("rds2019-workgroup-per-user");
        model.idInputProperty().set("abc");

        messages.set(Messages.of(Language.JAPANESE));

        assertThat(background.runs()).isEqualTo(1);
        assertThat(model.statusProperty().get()).isEqualTo("認証済み");
        assertThat(model.keyPacks().get(0).calType()).isEqualTo("ユーザー単位");
        assertThat(model.findings().get(0).label()).isEqualTo("警告");
        assertThat(model.activationTitleProperty().get()).isEqualTo("ライセンス サーバーを再認証する");
        assertThat(model.reasons().get(0).text()).isEqualTo("サーバーを再展開した");
        assertThat(model.idProblems()).anySatisfy(p -> assertThat(p).contains("3 文字"));
    }

    @Test
    void theBackupIsWrittenAsHtmlOrJsonInTheBackground() throws Exception {
        RdsViewModel model = read("rds2019-workgroup-per-user");
        Path html = home.resolve("backup.html");
        Path json = home.resolve("backup.json");

        model.saveBackup(html);
        model.saveBackup(json);

        assertThat(background.runs()).isEqualTo(3);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("00000-11111-22222-PR019").contains("<span>PRACT</span>");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"licenseServerId\" : \"PRACTICESERVER2019WORKGROUP00000001\"");
        assertThat(model.backupNoticeProperty().get()).isEqualTo("Backup saved: " + json);
        assertThat(model.suggestedBackupName()).startsWith("rds-license-server-RDS-WG01-").endsWith(".html");

        model.saveBackup(home.resolve("no-such-folder").resolve("backup.html"));
        assertThat(model.backupToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.backupNoticeProperty().get()).contains("could not be saved");
    }

    @Test
    void aReadThatTimesOutSaysSoAndACancelledActivationSaysToLookAgain() throws Exception {
        TestSession session = new TestSession("rds2022-rebuilt", home, Duration.ZERO);
        List<String> cancelled = new ArrayList<>();
        Background timesOut = new Background() {
            @Override
            public <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess,
                                       Consumer<Throwable> onFailure) {
                onFailure.accept(new TimeoutException("no answer"));
                return () -> cancelled.add("cancelled");
            }
        };
        RdsViewModel slow = model(session, timesOut);
        slow.refresh();
        assertThat(slow.noticeProperty().get()).contains("did not answer in time");

        Background never = new Background() {
            @Override
            public <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess,
                                       Consumer<Throwable> onFailure) {
                return () -> cancelled.add("job");
            }
        };
        RdsViewModel model = model(session, new Background() {
            private int calls;

            @Override
            public <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess,
                                       Consumer<Throwable> onFailure) {
                return calls++ == 0 ? background.run(work, timeout, onSuccess, onFailure)
                        : never.run(work, timeout, onSuccess, onFailure);
            }
        });
        model.refresh();
        model.idInputProperty().set(session.practiceClearinghouse().orElseThrow().licenseServerIdFor("00454-40000-00001-AT275"));
        model.activateWithTypedId();
        assertThat(model.workingProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isTrue();

        model.cancel();

        assertThat(cancelled).containsExactly("job");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).startsWith("Stopped waiting");
        assertThat(model.noticeToneProperty().get()).isEqualTo(StatusTone.WARNING);
    }

    @Test
    void withoutTheRoleTheScreenSaysSoAndOffersNoActivation() throws Exception {
        RdsViewModel model = read("win10-pro-activated");

        assertThat(model.roleInstalledProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("The RD Licensing role is not installed on this computer.");
        assertThat(model.steps()).singleElement().satisfies(s -> assertThat(s.text()).contains("Remote Desktop Licensing role"));
        model.activateAutomatically();
        model.saveBackup(home.resolve("nothing.html"));
        assertThat(Files.exists(home.resolve("nothing.html"))).isFalse();
    }
}
