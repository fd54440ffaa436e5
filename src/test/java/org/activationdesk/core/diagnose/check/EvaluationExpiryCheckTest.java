package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.DAY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.JA;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.NOW;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.run;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.server;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicenseStatus;
import org.junit.jupiter.api.Test;

class EvaluationExpiryCheckTest {

    private final EvaluationExpiryCheck check = new EvaluationExpiryCheck();

    @Test
    void fullEditionIsOk() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true), product().build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fix()).isNull();
    }

    @Test
    void expiredEvaluationIsAProblemFixedByConversion() throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandardEval", DomainRole.MEMBER_SERVER),
                product().evaluation(NOW.minus(Duration.ofDays(3))).status(LicenseStatus.NOTIFICATION, 0)
                        .reason(0xC004FC07).rearms(0).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0xC004FC07));
        assertThat(result.fixTarget()).isEqualTo(FixTarget.CONVERT_EVALUATION);
        assertThat(result.fact(FactKey.DOMAIN_CONTROLLER)).contains(false);
        assertThat(result.fact(FactKey.DAYS_LEFT)).contains(-3L);
        assertThat(result.evidence(EN)).contains("2026-05-01").contains("once an hour").doesNotContain("domain controller");
        assertThat(result.fix().text().in(EN)).contains("DISM").doesNotContainIgnoringCase("rearm");
    }

    @Test
    void expiredEvaluationOnADomainControllerNamesTheBlocker() throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandardEval", DomainRole.PRIMARY_DOMAIN_CONTROLLER),
                product().evaluation(null).status(LicenseStatus.NOTIFICATION, 0).reason(0xC004FC07).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.fact(FactKey.DOMAIN_CONTROLLER)).contains(true);
        assertThat(result.evidence(EN)).contains("domain controller cannot be converted");
        assertThat(result.evidence(JA)).contains("ドメイン コントローラー");
        assertThat(result.fix().text().in(EN)).contains("demote");
    }

    @Test
    void endDatePassedIsExpiredEvenBeforeTheServiceSaysSo() throws Exception {
        CheckResult result = run(check, snapshot(server("ServerDatacenterEval", DomainRole.MEMBER_SERVER),
                product().evaluation(NOW.minusSeconds(60)).status(LicenseStatus.LICENSED, 0).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
    }

    @Test
    void lessThanThirtyDaysLeftIsAWarning() throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandardEval", DomainRole.MEMBER_SERVER),
                product().evaluation(NOW.plus(Duration.ofDays(12))).status(LicenseStatus.LICENSED, 12 * DAY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.CONVERT_EVALUATION);
        assertThat(result.fact(FactKey.DAYS_LEFT)).contains(12L);
        assertThat(result.evidence(EN)).contains("12 days");
    }

    @Test
    void withoutAnEndDateTheGraceTimeTellsTheDaysLeft() throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandardEval", DomainRole.MEMBER_SERVER),
                product().evaluation(null).status(LicenseStatus.LICENSED, 5 * DAY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fact(FactKey.DAYS_LEFT)).contains(5L);
    }

    @Test
    void plentyOfTimeLeftIsOk() throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandardEval", DomainRole.MEMBER_SERVER),
                product().evaluation(NOW.plus(Duration.ofDays(150))).status(LicenseStatus.LICENSED, 150 * DAY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("150 days");
    }
}
