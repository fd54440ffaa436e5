package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.failing;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.fixed;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.junit.jupiter.api.Test;

class LicensingReadCheckTest {

    private final LicensingReadCheck check = new LicensingReadCheck();

    @Test
    void answeringServiceIsOkAndNamesTheComputer() throws Exception {
        CheckResult result = check.run(context(fixed(snapshot(workstation(true), product().build())), Optional::empty));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fact(FactKey.COMPUTER_NAME)).contains("PC-01");
        assertThat(result.fact(FactKey.PRODUCT_COUNT)).contains(1);
        assertThat(result.fix()).isNull();
    }

    @Test
    void accessDeniedIsAProblemFixedByRestartingAsAdministrator() throws Exception {
        CheckResult result = check.run(context(failing(0x80070005), Optional::empty));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0x80070005));
        assertThat(result.fixTarget()).isEqualTo(FixTarget.RESTART_AS_ADMIN);
        assertThat(result.evidence(EN)).contains("0x80070005").contains("Access denied");
    }

    @Test
    void otherFailureIsAProblemWithTheCodesOwnAdvice() throws Exception {
        CheckResult result = check.run(context(failing(0x80070422), Optional::empty));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.NONE);
        assertThat(result.fix().text().in(EN)).isNotBlank();
    }
}
