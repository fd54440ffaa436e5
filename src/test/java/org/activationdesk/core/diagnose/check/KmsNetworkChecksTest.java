package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.DAY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.JA;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.KMS_DNS_DISCOVERY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workgroupPc;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FakeKmsNetwork;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.DiscoveryOutcome;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeState;
import org.activationdesk.core.volume.SrvRecord;
import org.junit.jupiter.api.Test;

/** The KMS DNS and port checks against a network set per test; only KMS clients are looked up or probed. */
class KmsNetworkChecksTest {

    private static final SrvRecord KMS01 = new SrvRecord("kms01.corp.example", 1688, 0, 0, 3600);
    private static final SrvRecord BACKUP = new SrvRecord("kms02.corp.example", 1688, 10, 100, 3600);

    private final FakeKmsNetwork network = new FakeKmsNetwork();

    private static MachineSnapshot kmsClient(MachineInfo machine, KmsClientInfo info, boolean activated) {
        return snapshot(machine, product().kmsClient(info)
                .status(activated ? LicenseStatus.LICENSED : LicenseStatus.OOB_GRACE, 20 * DAY).build());
    }

    private CheckResult dns(MachineSnapshot snapshot) throws Exception {
        return new KmsDnsCheck().run(context(snapshot, network));
    }

    private CheckResult port(MachineSnapshot snapshot) throws Exception {
        return new KmsPortCheck().run(context(snapshot, network));
    }

    @Test
    void aComputerThatIsNoKmsClientIsNeitherLookedUpNorProbed() throws Exception {
        MachineSnapshot retail = snapshot(workstation(true), product().build());

        assertThat(dns(retail).verdict()).isEqualTo(Verdict.OK);
        assertThat(port(retail).evidence(EN)).isEqualTo("This computer is not a KMS client.");
        assertThat(network.lookups() + network.probes()).isZero();
    }

    @Test
    void noRecordInTheDomainIs0x8007232BAndLeavesNoHostToProbe() throws Exception {
        MachineSnapshot client = kmsClient(workstation(false), KMS_DNS_DISCOVERY, false);

        CheckResult dns = dns(client);
        CheckResult port = port(client);

        assertThat(dns.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(dns.code()).isEqualTo(new Hresult(0x8007232B));
        assertThat(dns.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
        assertThat(dns.fact(FactKey.KMS_LOOKUP_DOMAIN)).contains("corp.example");
        assertThat(dns.evidence(EN)).contains("_vlmcs._tcp.corp.example").doesNotContain("practice");
        assertThat(port.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(network.probes()).as("no host is guessed").isZero();
    }

    @Test
    void thePortCheckProbesTheHostAClientPicksFirst() throws Exception {
        network.srv("corp.example", BACKUP, KMS01).host("kms01.corp.example", 1688, ProbeState.KMS);
        MachineSnapshot client = kmsClient(workstation(false), KMS_DNS_DISCOVERY, false);
        DiagnosticContext context = context(client, network);

        CheckResult dns = new KmsDnsCheck().run(context);
        CheckResult port = new KmsPortCheck().run(context);

        assertThat(dns.verdict()).isEqualTo(Verdict.OK);
        assertThat(dns.fact(FactKey.KMS_SRV_RECORDS)).contains(2);
        assertThat(dns.fact(FactKey.KMS_SRV_CHOICE)).contains("kms01.corp.example:1688");
        assertThat(port.verdict()).isEqualTo(Verdict.OK);
        assertThat(port.fact(FactKey.KMS_PROBE_STATE)).contains("kms");
        assertThat(port.evidence(EN)).contains("the KMS host DNS names first").contains("activates nothing");
        assertThat(network.lookups()).as("one lookup per run, shared by both checks").isEqualTo(1);
    }

    @Test
    void aHostSetByHandIsProbedAndDnsIsNotAsked() throws Exception {
        KmsClientInfo manual = new KmsClientInfo("KMS9.corp.example", 0, null, 0, null, 120, 10080);
        network.host("kms9.corp.example", 1688, ProbeState.REFUSED);
        MachineSnapshot client = kmsClient(workstation(false), manual, false);

        CheckResult dns = dns(client);
        CheckResult port = port(client);

        assertThat(dns.verdict()).isEqualTo(Verdict.OK);
        assertThat(dns.evidence(EN)).contains("kms9.corp.example:1688");
        assertThat(network.lookups()).isZero();
        assertThat(network.lastProbed()).contains(new KmsEndpoint("kms9.corp.example", 1688));
        assertThat(port.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(port.code()).isEqualTo(new Hresult(0xC004F074));
        assertThat(port.fix().text().in(EN)).contains("nothing listens on TCP port 1688");
    }

    @Test
    void anActivatedClientThatCannotReachItsHostIsWarnedNotFailed() throws Exception {
        network.srv("corp.example", KMS01).host("kms01.corp.example", 1688, ProbeState.NOT_KMS);

        CheckResult port = port(kmsClient(workstation(false), KMS_DNS_DISCOVERY, true));

        assertThat(port.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(port.fact(FactKey.KMS_PROBE_STATE)).contains("not-kms");
    }

    @Test
    void theLookupDomainSetForTheClientWinsOverTheComputersDomain() throws Exception {
        KmsClientInfo other = new KmsClientInfo(null, 0, null, 0, "kms.example", 120, 10080);
        network.srv("kms.example", KMS01);

        CheckResult dns = dns(kmsClient(workstation(false), other, false));

        assertThat(dns.verdict()).isEqualTo(Verdict.OK);
        assertThat(dns.fact(FactKey.KMS_LOOKUP_DOMAIN)).contains("kms.example");
    }

    @Test
    void aWorkgroupClientHasNoDomainButItsOwnDnsAnswerMayStillBeProbed() throws Exception {
        KmsClientInfo found = new KmsClientInfo(null, 0, "kms01.corp.example", 1688, null, 120, 10080);
        network.host("kms01.corp.example", 1688, ProbeState.TIMEOUT);
        MachineSnapshot client = kmsClient(workgroupPc(), found, false);

        CheckResult dns = dns(client);
        CheckResult port = port(client);

        assertThat(dns.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(dns.fix().text().in(EN)).contains("slmgr /skms");
        assertThat(port.fact(FactKey.KMS_PROBE_STATE)).contains("timeout");
        assertThat(port.evidence(EN)).contains("the KMS host this computer last found in DNS");
    }

    @Test
    void aDnsServerThatDoesNotAnswerIsNotCalledAMissingRecord() throws Exception {
        network.dnsFails(DiscoveryOutcome.TIMEOUT);

        CheckResult dns = dns(kmsClient(workstation(false), KMS_DNS_DISCOVERY, false));

        assertThat(dns.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(dns.code()).isNull();
        assertThat(dns.fix().text().in(EN)).startsWith("Check by hand");
    }

    @Test
    void everyOutcomeIsWordedInBothLanguages() throws Exception {
        for (ProbeState state : ProbeState.values()) {
            FakeKmsNetwork each = new FakeKmsNetwork().srv("corp.example", KMS01)
                    .host("kms01.corp.example", 1688, state);
            MachineSnapshot client = kmsClient(workstation(false), KMS_DNS_DISCOVERY, false);
            for (CheckResult result : new CheckResult[] {new KmsDnsCheck().run(context(client, each)),
                    new KmsPortCheck().run(context(client, each))}) {
                assertThat(result.evidence(JA)).as("%s %s", state, result.check()).doesNotContain("!")
                        .doesNotContain("{");
                if (result.fix() != null) {
                    assertThat(result.fix().text().in(JA)).doesNotContain("!").doesNotContain("{");
                }
            }
        }
    }
}
