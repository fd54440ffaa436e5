package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.CLOCK;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EXPLAINER;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.KMS_DNS_DISCOVERY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.fixed;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FakeKmsNetwork;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeScenario;
import org.junit.jupiter.api.Test;

/** The probes this version cannot run say so honestly, with how to check by hand; they never pretend. */
class NotAvailableCheckTest {

    /** The KMS DNS and port checks run for real now (KmsNetworkChecksTest). */
    private static final EnumSet<CheckId> PROBES = EnumSet.of(CheckId.LICENSING_SERVICE_STATE,
            CheckId.ONLINE_REACHABILITY, CheckId.SYSTEM_CLOCK, CheckId.PENDING_REBOOT);

    private static List<DiagnosticCheck> probes() {
        return DiagnosticChecks.standard().stream().filter(c -> PROBES.contains(c.id())).toList();
    }

    @Test
    void onTheRealServiceEachProbeSaysItIsNotAvailableInThisVersion() throws Exception {
        MachineSnapshot kmsClient = snapshot(workstation(true), product().kmsClient(KMS_DNS_DISCOVERY).build());
        for (DiagnosticCheck probe : probes()) {
            if (probe.id() == CheckId.ONLINE_REACHABILITY) {
                continue; // does not apply to a KMS client, see below
            }
            CheckResult result = probe.run(context(kmsClient));

            assertThat(result.verdict()).as("%s", probe.id()).isEqualTo(Verdict.COULD_NOT_CHECK);
            assertThat(result.evidence(EN)).as("%s", probe.id()).contains("this version");
            assertThat(result.fixTarget()).isEqualTo(FixTarget.NONE);
            assertThat(result.fix().text().in(EN)).as("%s", probe.id()).startsWith("Check by hand");
        }
    }

    @Test
    void inPracticeModeTheySayAProbeWouldTestTheWrongComputer() throws Exception {
        PracticeScenario scenario = new PracticeScenario("lab", new LocalizedString("Lab", "ラボ"),
                new LocalizedString("A lab", "ラボです"));
        DiagnosticContext practice = new DiagnosticContext(fixed(snapshot(workstation(true), product().build())),
                Optional::empty, new FakeKmsNetwork(), CLOCK, EXPLAINER, Optional.of(scenario));
        for (DiagnosticCheck probe : probes()) {
            CheckResult result = probe.run(practice);

            assertThat(result.verdict()).as("%s", probe.id()).isEqualTo(Verdict.COULD_NOT_CHECK);
            assertThat(result.evidence(EN)).contains("practice mode");
        }
    }

    @Test
    void kmsProbesDoNotApplyToOtherChannelsAndTheOnlineProbeNotToKmsClients() throws Exception {
        MachineSnapshot retail = snapshot(workstation(true), product().build());
        MachineSnapshot kmsClient = snapshot(workstation(true), product().kmsClient(KMS_DNS_DISCOVERY).build());
        for (DiagnosticCheck probe : probes()) {
            if (probe.id() == CheckId.KMS_DNS || probe.id() == CheckId.KMS_PORT) {
                assertThat(probe.run(context(retail)).verdict()).isEqualTo(Verdict.OK);
            }
            if (probe.id() == CheckId.ONLINE_REACHABILITY) {
                assertThat(probe.run(context(kmsClient)).verdict()).isEqualTo(Verdict.OK);
                assertThat(probe.run(context(retail)).verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
            }
        }
    }
}
