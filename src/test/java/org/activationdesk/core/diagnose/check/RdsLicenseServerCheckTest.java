package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.failing;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.server;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.junit.jupiter.api.Test;

class RdsLicenseServerCheckTest {

    private static final RdsKeyPack PACK = new RdsKeyPack(2, "Windows Server 2022 - RDS Per User CAL",
            "Windows Server 2022", CalType.PER_USER, 50, 12, 38);

    private final RdsLicenseServerCheck check = new RdsLicenseServerCheck();

    private CheckResult run(RdsLicenseServer licenseServer) throws Exception {
        return check.run(context(snapshot(server("ServerStandard", DomainRole.MEMBER_SERVER), product().build()),
                Optional.ofNullable(licenseServer)));
    }

    private static RdsLicenseServer licenseServer(RdsActivationStatus status, List<RdsKeyPack> packs) {
        return new RdsLicenseServer(status, status == RdsActivationStatus.ACTIVATED ? "A".repeat(35) : null,
                "00454-40000-00001-AT275", "C:\\Windows\\System32\\LServer", packs);
    }

    @Test
    void roleNotInstalledIsOk() throws Exception {
        CheckResult result = run(null);

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("not installed");
    }

    @Test
    void activatedWithKeyPacksIsOk() throws Exception {
        CheckResult result = run(licenseServer(RdsActivationStatus.ACTIVATED, List.of(PACK)));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fact(FactKey.RDS_AVAILABLE_LICENSES)).contains(38);
    }

    @Test
    void activatedWithoutKeyPacksIsAWarning() throws Exception {
        CheckResult result = run(licenseServer(RdsActivationStatus.ACTIVATED, List.of()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.RDS_ACTIVATION);
    }

    @Test
    void notActivatedIsAProblemFixedByActivatingTheServer() throws Exception {
        CheckResult result = run(licenseServer(RdsActivationStatus.NOT_ACTIVATED, List.of()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.RDS_ACTIVATION);
        assertThat(result.evidence(EN)).contains("temporary licences").contains("No CAL key packs");
    }

    @Test
    void unknownStatusIsAWarning() throws Exception {
        assertThat(run(licenseServer(RdsActivationStatus.UNKNOWN, List.of(PACK))).verdict()).isEqualTo(Verdict.WARNING);
    }

    @Test
    void unreadableLicenseServerCouldNotBeCheckedEvenWhenWindowsLicensingAnswers() throws Exception {
        CheckResult result = check.run(context(failing(0x80070005), () -> {
            throw new LicensingException(new Hresult(0x80041010), "invalid class");
        }));

        assertThat(result.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(result.code()).isEqualTo(new Hresult(0x80041010));
    }
}
