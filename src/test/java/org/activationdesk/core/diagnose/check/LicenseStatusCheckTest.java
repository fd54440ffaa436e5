package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.DAY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.JA;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.KMS_DNS_DISCOVERY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.run;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.LicenseStatus;
import org.junit.jupiter.api.Test;

class LicenseStatusCheckTest {

    private final LicenseStatusCheck check = new LicenseStatusCheck();

    @Test
    void activatedIsOkWithTheMaskedKeyAsEvidence() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true), product().build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fix()).isNull();
        assertThat(result.fact(FactKey.MASKED_KEY)).contains("*****-*****-*****-*****-8HVX7");
        assertThat(result.fact(FactKey.LICENSE_STATUS)).contains(LicenseStatus.LICENSED);
    }

    @Test
    void activatedWithAFailedAttemptSinceIsAWarning() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.LICENSED, 100 * DAY).lastError(0xC004F074)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.code()).isEqualTo(new Hresult(0xC004F074));
    }

    @Test
    void waitingInGraceWithoutAFailedAttemptIsAWarning() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().status(LicenseStatus.OOB_GRACE, 20 * DAY).reason(0x4004F00C).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.ACTIVATE_ONLINE);
        assertThat(result.evidence(EN)).contains("0x4004F00C").contains("initial grace period");
    }

    @Test
    void failedAttemptIsAProblemDecodedWithTheCatalogAndFixedByPhoneWhenMicrosoftIsOutOfReach() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().mak().status(LicenseStatus.OOB_GRACE, 20 * DAY).reason(0x4004F00C).lastError(0x80072EE7)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0x80072EE7));
        assertThat(result.fixTarget()).isEqualTo(FixTarget.ACTIVATE_BY_PHONE);
        assertThat(result.evidence(EN)).contains("0x80072EE7").contains("could not be resolved");
        assertThat(result.fact(FactKey.LAST_ACTIVATION_ERROR)).contains(new Hresult(0x80072EE7));
        assertThat(result.evidence(JA)).contains("0x80072EE7").doesNotContain("could not be resolved");
    }

    @Test
    void notificationModeIsAProblem() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().status(LicenseStatus.NOTIFICATION, 0).reason(0xC004F009).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0xC004F009));
    }

    @Test
    void noProductWithAKeyIsAProblemFixedOnTheProductKeyScreen() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true)));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.PRODUCT_KEY);
    }
}
