package org.activationdesk.ui.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.job.SetKmsHostJob;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.HeldBackground;
import org.activationdesk.ui.PracticeVariants;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The volume activation screen's state with no toolkit, on the seed scenarios: a KMS client without an SRV record, a
 * KMS host below its threshold, and a MAK fallback. Keys are Microsoft's published ones.
 */
class VolumeViewModelTest {

    private static final String STANDARD_2019_GVLK = "N69G4-B89J2-4G8F4-WWYCC-J464C";

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));

    private VolumeViewModel model(TestSession session, Background background) {
        VolumeViewModel model = new VolumeViewModel(session, background, ErrorCatalog.load(), Clock.systemUTC(),
                messages);
        model.start();
        return model;
    }

    private VolumeViewModel model(String scenario) throws Exception {
        return model(new TestSession(scenario, home, Duration.ZERO), new DirectBackground());
    }

    private static String fact(VolumeViewModel model, String label) {
        return model.facts().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().value();
    }

    private static VolumeViewModel.StepRow step(VolumeViewModel model, String action) {
        return model.steps().stream().filter(r -> action.equals(r.action())).findFirst().orElseThrow();
    }

    private static LicensingProduct windows(TestSession session) {
        return session.simulator().snapshot().windowsProduct().orElseThrow();
    }

    // ---- where am I ----

    @Test
    void aKmsClientSaysWhereItLooksForItsHostAndHowLongItsActivationLasts() throws Exception {
        VolumeViewModel model = model("win10-pro-kms-no-srv");

        assertThat(model.headlineProperty().get()).startsWith("KMS client");
        assertThat(model.headlineToneProperty().get()).isEqualTo(StatusTone.WARNING);
        assertThat(fact(model, "KMS host in use")).contains("_vlmcs._tcp.corp.example");
        assertThat(fact(model, "Port")).isEqualTo("1688");
        assertThat(fact(model, "Retry and renewal")).isEqualTo("Tries every 2 hours until activated; renews every 7 days");
        assertThat(fact(model, "Last activation")).isEqualTo("No activation in force");
        assertThat(fact(model, "Time left")).contains("12 days").contains("grace");
        assertThat(fact(model, "Last attempt")).startsWith("0x8007232B");
        assertThat(model.domainProperty().get()).as("prefilled from the machine").isEqualTo("corp.example");
        assertThat(model.practiceProperty().get()).isTrue();

        messages.set(Messages.of(Language.JAPANESE));
        assertThat(model.facts()).extracting(VolumeViewModel.Row::value)
                .contains("認証されるまで 2 時間ごとに再試行し、7 日ごとに更新します");
    }

    @Test
    void aKmsHostShowsItsCountAgainstBothThresholdsAndWhatBelowMeans() throws Exception {
        VolumeViewModel model = model("kms-host-below-threshold");

        assertThat(model.headlineProperty().get()).startsWith("KMS host");
        assertThat(model.headlineToneProperty().get()).as("below 5: nobody is activated").isEqualTo(StatusTone.PROBLEM);
        assertThat(fact(model, "Current count")).isEqualTo("3 computers in the last 30 days");
        assertThat(fact(model, "Client Windows")).isEqualTo("Not activated: needs 25");
        assertThat(fact(model, "Windows Server")).isEqualTo("Not activated: needs 5");
        assertThat(fact(model, "Listening port")).isEqualTo("1688");
        assertThat(fact(model, "DNS publishing")).contains("_vlmcs._tcp.corp.example").contains("24 hours");
        assertThat(model.notes()).anySatisfy(note -> assertThat(note).contains("0xC004F038").contains("MAK")
                .contains("Active Directory-based activation").contains("real computers"));
        assertThat(String.join(" ", model.notes()).toLowerCase()).doesNotContain("inflate");
        assertThat(model.notesToneProperty().get()).isEqualTo(StatusTone.WARNING);
    }

    // ---- find the KMS host ----

    @Test
    void noSrvRecordIsExplainedAs0x8007232BWithTheFix() throws Exception {
        VolumeViewModel model = model("win10-pro-kms-no-srv");

        model.discover();

        assertThat(model.discoveringProperty().get()).isFalse();
        assertThat(model.discoveryTextProperty().get()).contains("_vlmcs._tcp.corp.example").contains("0x8007232B");
        assertThat(model.discoveryToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.discoveryFixProperty().get()).contains("slmgr /skms").contains("MAK");
        assertThat(model.records()).isEmpty();
        messages.set(Messages.of(Language.JAPANESE));
        assertThat(model.discoveryTextProperty().get()).contains("0x8007232B").contains("NXDOMAIN").contains("登録されていません");
    }

    @Test
    void aPublishedHostIsListedWithWhichOneAClientTriesFirstAndCanBeProbedFromTheList() throws Exception {
        VolumeViewModel model = model("kms-host-below-threshold");

        model.discover();

        assertThat(model.discoveryToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(model.records()).singleElement().satisfies(row -> {
            assertThat(row.target()).isEqualTo("kms01.corp.example");
            assertThat(row.priority()).isEqualTo("0");
            assertThat(row.weight()).isEqualTo("0");
            assertThat(row.choice()).isEqualTo("Tried first by every client");
            assertThat(row.first()).isTrue();
        });

        model.probe(model.records().get(0));

        assertThat(model.probeHostProperty().get()).isEqualTo("kms01.corp.example:1688");
        assertThat(model.probeSteps()).hasSize(3).allMatch(VolumeViewModel.ProbeRow::passed);
        assertThat(model.probeSteps()).extracting(VolumeViewModel.ProbeRow::stage)
                .containsExactly("Name lookup", "TCP connection", "RPC bind");
        assertThat(model.probeSummaryProperty().get()).startsWith("A KMS service answers on kms01.corp.example:1688")
                .contains("activates nothing");
        assertThat(model.probeToneProperty().get()).isEqualTo(StatusTone.GOOD);
    }

    @Test
    void typedTextThatIsNoDomainOrHostIsExplainedAndNothingIsSent() throws Exception {
        DirectBackground background = new DirectBackground();
        VolumeViewModel model = model(new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO), background);
        int before = background.runs();

        model.domainProperty().set("corp example");
        model.discover();
        model.probeHostProperty().set("kms01:99999");
        model.probe();

        assertThat(background.runs()).isEqualTo(before);
        assertThat(model.domainProblemProperty().get()).contains("“corp example”").contains("character");
        assertThat(model.probeProblemProperty().get()).contains("65535");
        messages.set(Messages.of(Language.JAPANESE));
        assertThat(model.probeProblemProperty().get()).contains("65535").doesNotContain("must");
    }

    @Test
    void aLookupAndAProbeCanBeCancelledAndNeverReportAfterwards() throws Exception {
        HeldBackground background = new HeldBackground();
        VolumeViewModel model = model(new TestSession("kms-host-below-threshold", home, Duration.ZERO), background);
        background.releaseNext(); // the machine read

        model.discover();
        assertThat(model.discoveringProperty().get()).isTrue();
        assertThat(model.discoveryTextProperty().get()).startsWith("Looking up _vlmcs._tcp.corp.example");
        model.cancelDiscovery();
        model.probeHostProperty().set("kms01.corp.example");
        model.probe();
        assertThat(model.probingProperty().get()).isTrue();
        model.cancelProbe();
        while (background.waiting() > 0) {
            background.releaseNext();
        }

        assertThat(model.discoveringProperty().get()).isFalse();
        assertThat(model.records()).isEmpty();
        assertThat(model.discoveryTextProperty().get()).startsWith("Cancelled");
        assertThat(model.probingProperty().get()).isFalse();
        assertThat(model.probeSteps()).isEmpty();
        assertThat(model.probeSummaryProperty().get()).startsWith("Cancelled");
    }

    // ---- switch: seed 001, the typed host ----

    @Test
    void aStandardUserSeesThePlanButSettingTheHostNeedsAnAdministrator() throws Exception {
        TestSession session = new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO);
        VolumeViewModel model = model(session, new DirectBackground());
        model.probeHostProperty().set("kms01.corp.example");
        model.probe();
        assertThat(model.probedProperty().get()).isTrue();

        model.useProbedHostForSwitch();

        assertThat(model.useDnsProperty().get()).isFalse();
        assertThat(model.switchHostProperty().get()).isEqualTo("kms01.corp.example:1688");
        assertThat(model.steps()).extracting(VolumeViewModel.StepRow::text)
                .containsExactly("1. Use the KMS host kms01.corp.example:1688, as administrator: slmgr /skms "
                        + "kms01.corp.example:1688", "2. Activate with your organization’s KMS host or Active "
                        + "Directory-based activation (slmgr /ato).");
        VolumeViewModel.StepProposal proposal = model.propose(0).orElseThrow();
        assertThat(proposal.description()).contains("kms01.corp.example").contains("1688");
        assertThat(proposal.unmet()).singleElement().asString().contains("administrator");

        model.run(0, false);

        assertThat(model.jobNoticeProperty().get()).contains("administrator");
        assertThat(session.journal().read()).as("an unmet precondition runs nothing").isEmpty();
    }

    @Test
    void anAdministratorSetsTheTypedHostThenActivatesAgainstIt() throws Exception {
        TestSession session = new TestSession(PracticeVariants.elevated("win10-pro-kms-no-srv", home), home,
                Duration.ZERO);
        VolumeViewModel model = model(session, new DirectBackground());
        model.useDnsProperty().set(false);
        model.switchHostProperty().set("ＫＭＳ０１.corp.example"); // typed with an IME: read as the ordinary name

        model.run(step(model, "Set host…").index(), false);

        assertThat(model.jobNoticeToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(fact(model, "KMS host in use")).isEqualTo("kms01.corp.example (set by hand on this computer, "
                + "slmgr /skms)");
        assertThat(model.steps()).as("the host is set now: only activation is left").singleElement()
                .extracting(VolumeViewModel.StepRow::action).isEqualTo("Activate…");

        model.run(0, false);

        assertThat(windows(session).licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(model.headlineToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(fact(model, "Time left")).isEqualTo("180 days 0 hours of the 180 days");
        assertThat(fact(model, "Last activation")).startsWith("About ");
        assertThat(session.journal().read()).extracting(JournalEntry::action, e -> e.outcome().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SetKmsHostJob.ACTION_SET, 0),
                        org.assertj.core.groups.Tuple.tuple("activate-online", 0));
    }

    @Test
    void withoutAHostTheActivationFailsAsTheClientWouldAndIsDecoded() throws Exception {
        TestSession session = new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO);
        VolumeViewModel model = model(session, new DirectBackground());

        model.run(step(model, "Activate…").index(), false); // a standard user may activate against KMS

        assertThat(model.jobNoticeToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.jobNoticeProperty().get()).contains("0x8007232B");
        assertThat(session.journal().read()).singleElement()
                .satisfies(e -> assertThat(e.outcome().toString()).isEqualTo("0x8007232B"));
    }

    // ---- switch: seed 004, the host back to a client ----

    @Test
    void theHostBecomesAClientOnlyAfterThePublishedKeyIsConfirmed() throws Exception {
        TestSession session = new TestSession("kms-host-below-threshold", home, Duration.ZERO);
        VolumeViewModel model = model(session, new DirectBackground());

        assertThat(model.verdictProperty().get()).contains("stops activating other computers");
        assertThat(model.publishedKeyProperty().get()).contains("Windows Server 2019 Standard")
                .contains("*****-*****-*****-*****-J464C").doesNotContain(STANDARD_2019_GVLK);
        model.publishedKeyShownProperty().set(true);
        assertThat(model.publishedKeyProperty().get()).as("public: whole on request").contains(STANDARD_2019_GVLK);
        assertThat(model.steps()).extracting(VolumeViewModel.StepRow::action)
                .containsExactly("Install key…", null, "Activate…");
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("0xC004F038"));
        VolumeViewModel.StepProposal proposal = model.propose(0).orElseThrow();
        assertThat(proposal.needsGvlkConfirmation()).isTrue();
        assertThat(proposal.publishedKey()).isEqualTo(STANDARD_2019_GVLK);
        assertThat(proposal.description()).contains("*****-*****-*****-*****-J464C").doesNotContain(STANDARD_2019_GVLK);
        assertThat(proposal.unmet()).isEmpty();

        model.run(0, false);
        assertThat(model.jobNoticeProperty().get()).contains("Confirm");
        assertThat(windows(session).channel()).isEqualTo(Channel.KMS_HOST);

        model.run(0, true);

        assertThat(windows(session).channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(model.headlineProperty().get()).startsWith("KMS client");
        assertThat(model.steps()).as("now a client: its host is found in DNS").extracting(VolumeViewModel.StepRow::action)
                .containsExactly("Activate…");
        assertThat(session.journal().read()).singleElement().satisfies(e -> {
            assertThat(e.maskedKey()).isEqualTo("*****-*****-*****-*****-J464C");
            assertThat(e.outcome().value()).isZero();
        });
    }

    // ---- switch: the MAK fallback ----

    @Test
    void aMakIsCheckedAsTypedThenInstalledAndActivatedOnline() throws Exception {
        TestSession session = new TestSession(PracticeVariants.hostWithStandInMak(home), home, Duration.ZERO);
        VolumeViewModel model = model(session, new DirectBackground());
        model.targetProperty().set(VolumeViewModel.Target.MAK);
        assertThat(model.plannedProperty().get()).isFalse();
        assertThat(model.makStatusProperty().get()).contains("Volume Licensing Service Center");

        model.makProperty().set(PracticeVariants.STAND_IN_SERVER_MAK.substring(0, 20));
        assertThat(model.makToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.plannedProperty().get()).isFalse();
        model.makProperty().set(PracticeVariants.STAND_IN_SERVER_MAK.toLowerCase());

        assertThat(model.makToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(model.makStatusProperty().get()).contains("*****-*****-*****-*****-4GF74")
                .doesNotContain(PracticeVariants.STAND_IN_SERVER_MAK);
        assertThat(model.verdictProperty().get()).contains("MAK");
        assertThat(model.publishedKeyProperty().get()).isEmpty();
        assertThat(model.steps()).extracting(VolumeViewModel.StepRow::action)
                .containsExactly("Install key…", null, "Activate…");
        assertThat(model.warnings()).anySatisfy(w -> assertThat(w).contains("0xC004C008"));
        assertThat(model.propose(0).orElseThrow().needsGvlkConfirmation()).isFalse();

        model.run(0, false);
        model.run(step(model, "Activate…").index(), false);

        LicensingProduct after = windows(session);
        assertThat(after.channel()).isEqualTo(Channel.MAK);
        assertThat(after.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(model.headlineProperty().get()).startsWith("MAK");
        assertThat(session.journal().read()).hasSize(2).allSatisfy(e -> assertThat(e.outcome().value()).isZero());
    }

    @Test
    void byPhoneTheLastStepOpensThePhoneActivationScreen() throws Exception {
        VolumeViewModel model = model(new TestSession(PracticeVariants.hostWithStandInMak(home), home, Duration.ZERO),
                new DirectBackground());
        model.targetProperty().set(VolumeViewModel.Target.MAK);
        model.makProperty().set(PracticeVariants.STAND_IN_SERVER_MAK);

        model.byPhoneProperty().set(true);

        VolumeViewModel.StepRow last = model.steps().get(model.steps().size() - 1);
        assertThat(last.opensPhone()).isTrue();
        assertThat(last.action()).isEqualTo("Open phone activation");
        assertThat(model.propose(last.index())).as("no job: the phone screen does it").isEmpty();
    }

    @Test
    void aKmsClientKeyTypedAsAMakIsRefusedWithTheWayToKms() throws Exception {
        VolumeViewModel model = model("mak-no-internet");
        model.targetProperty().set(VolumeViewModel.Target.MAK);

        model.makProperty().set("W269N-WFGWX-YVC9B-4J6C9-T83GX");

        assertThat(model.blockers()).singleElement().asString().contains("not a MAK");
        assertThat(model.steps()).isEmpty();
        assertThat(model.verdictToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
    }

    @Test
    void everyTextFollowsTheLanguage() throws Exception {
        VolumeViewModel model = model("kms-host-below-threshold");
        model.discover();
        model.probe(model.records().get(0));
        List<String> english = List.of(model.headlineProperty().get(), model.discoveryTextProperty().get(),
                model.probeSummaryProperty().get(), model.verdictProperty().get(), model.steps().get(0).text());

        messages.set(Messages.of(Language.JAPANESE));

        List<String> japanese = List.of(model.headlineProperty().get(), model.discoveryTextProperty().get(),
                model.probeSummaryProperty().get(), model.verdictProperty().get(), model.steps().get(0).text());
        for (int i = 0; i < english.size(); i++) {
            assertThat(japanese.get(i)).isNotEqualTo(english.get(i)).doesNotContain("!volume.").doesNotContain("!plan.");
        }
        assertThat(model.facts()).extracting(VolumeViewModel.Row::label).contains("現在のカウント", "待ち受けポート");
        assertThat(model.records().get(0).choice()).isEqualTo("すべてのクライアントが最初に試します");
    }
}
