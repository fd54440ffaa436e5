package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.DAY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.KMS_DNS_DISCOVERY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.run;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.port.LicenseStatus;
import org.junit.jupiter.api.Test;

class GraceRemainingCheckTest {

    private final GraceRemainingCheck check = new GraceRemainingCheck();

    @Test
    void permanentActivationIsOk() throws Exception {
        assertThat(run(check, snapshot(workstation(true), product().build())).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void kmsActivationWithMonthsLeftIsOk() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.LICENSED, 170 * DAY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("170 days");
    }

    @Test
    void kmsActivationAboutToRunOutIsAWarningAboutRenewal() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.LICENSED, 3 * DAY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
    }

    @Test
    void graceWithWeeksLeftIsOk() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().status(LicenseStatus.OOB_GRACE, 20 * DAY + 300).reason(0x4004F00C).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("20 days 5 hours");
    }

    @Test
    void graceUnderSevenDaysIsAWarningToActivate() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().status(LicenseStatus.OOB_GRACE, 6 * DAY).reason(0x4004F00C).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.ACTIVATE_ONLINE);
    }

    @Test
    void noGraceLeftWhileNotActivatedIsAProblemAndNeverSuggestsRearm() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().status(LicenseStatus.NOTIFICATION, 0).reason(0xC004F009).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.ACTIVATE_ONLINE);
        assertThat(result.fix().text().in(EN)).doesNotContainIgnoringCase("rearm");
    }
}
