package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
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
import org.junit.jupiter.api.Test;

class ElevationCheckTest {

    private final ElevationCheck check = new ElevationCheck();

    @Test
    void elevatedIsOk() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true), product().build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fact(FactKey.ELEVATED)).contains(true);
    }

    @Test
    void notElevatedIsAWarningToRestartAsAdministrator() throws Exception {
        CheckResult result = run(check, snapshot(workstation(false), product().build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.RESTART_AS_ADMIN);
        assertThat(result.evidence(EN)).doesNotContain("KMS");
    }

    @Test
    void aKmsClientIsToldThatKmsActivationNeedsNoElevation() throws Exception {
        CheckResult result = run(check, snapshot(workstation(false), product().kmsClient(KMS_DNS_DISCOVERY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.evidence(EN)).contains("KMS host works without");
    }
}
