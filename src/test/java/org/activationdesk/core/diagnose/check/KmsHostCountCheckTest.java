package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.run;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.server;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.DomainRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmsHostCountCheckTest {

    private final KmsHostCountCheck check = new KmsHostCountCheck();

    @ParameterizedTest(name = "count {0}: {1}")
    @CsvSource({"0, PROBLEM", "3, PROBLEM", "4, PROBLEM", "5, WARNING", "24, WARNING", "25, OK", "50, OK"})
    void theCountAgainstTheThresholdsOf5And25(int count, Verdict expected) throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandard", DomainRole.MEMBER_SERVER),
                product().kmsHost(count).build()));

        assertThat(result.verdict()).isEqualTo(expected);
        assertThat(result.fact(FactKey.KMS_CURRENT_COUNT)).contains(count);
        if (expected != Verdict.OK) {
            assertThat(result.code()).isEqualTo(new Hresult(0xC004F038));
            assertThat(result.evidence(EN)).contains("0xC004F038");
            // The way out is another activation method, never a count raised by other means.
            assertThat(result.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
            assertThat(result.fix().text().in(EN)).contains("MAK").contains("Active Directory-based activation");
        }
    }

    @ParameterizedTest
    @CsvSource({"Retail", "Volume:MAK"})
    void notAKmsHostIsOk(String channel) throws Exception {
        CheckResult result = run(check, snapshot(server("ServerStandard", DomainRole.MEMBER_SERVER),
                product().channel(channel, "Windows(R) Operating System, RETAIL channel").build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("not a KMS host");
    }
}
