package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
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

class RearmCountCheckTest {

    private final RearmCountCheck check = new RearmCountCheck();

    @Test
    void rearmsLeftAreInformationThatSaysRearmOnlyPostpones() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true), product().rearms(3).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fact(FactKey.REMAINING_REARMS)).contains(3);
        assertThat(result.evidence(EN)).contains("3 rearms").contains("postpones");
        assertThat(result.fix()).isNull();
    }

    @Test
    void noRearmLeftIsAWarningWhoseFixIsToActivateNotToRearm() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true), product().rearms(0).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.NONE);
        assertThat(result.fix().text().in(EN)).contains("activate").doesNotContainIgnoringCase("rearm");
    }

    @Test
    void withoutAProductThereIsNothingToCount() throws Exception {
        assertThat(run(check, snapshot(workstation(true))).verdict()).isEqualTo(Verdict.OK);
    }
}
