package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.DAY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.KMS_DNS_DISCOVERY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.run;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workgroupPc;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KmsClientCheckTest {

    private final KmsClientCheck check = new KmsClientCheck();

    @Test
    void notAKmsClientIsOk() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true), product().mak().build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("not a KMS client");
    }

    @Test
    void activatedClientIsOkAndSaysWhereItLooks() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(new KmsClientInfo(null, 0, "kms01.corp.example", 1688, null, 120, 10080))
                        .status(LicenseStatus.LICENSED, 170 * DAY).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.fact(FactKey.KMS_DISCOVERED_HOST)).contains("kms01.corp.example:1688");
        assertThat(result.evidence(EN)).contains("kms01.corp.example:1688");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x8007232B, 0x8007007B, 0xC004F074})
    void hostNotFoundOrUnreachableIsAProblemFixedInTheKmsSettings(int code) throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.OOB_GRACE, 12 * DAY).reason(0x4004F00C)
                        .lastError(code).build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(code));
        assertThat(result.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
        assertThat(result.fact(FactKey.KMS_LOOKUP_DOMAIN)).contains("corp.example");
        assertThat(result.evidence(EN)).contains(new Hresult(code).toString()).contains("corp.example");
    }

    @Test
    void registeredHostIsNamedWithTheDefaultPort() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(new KmsClientInfo("kms.corp.example", 0, null, 0, null, 120, 10080))
                        .status(LicenseStatus.OOB_GRACE, 12 * DAY).lastError(0xC004F074).build()));

        assertThat(result.fact(FactKey.KMS_REGISTERED_HOST)).contains("kms.corp.example:1688");
        assertThat(result.evidence(EN)).contains("set to use the KMS host kms.corp.example:1688");
    }

    @Test
    void workgroupClientHasNoDomainToLookIn() throws Exception {
        CheckResult result = run(check, snapshot(workgroupPc(),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.OOB_GRACE, 12 * DAY).lastError(0x8007007B)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.evidence(EN)).contains("no DNS domain");
    }

    @Test
    void activatedClientWhoseRenewalFailsIsAWarning() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.LICENSED, 90 * DAY).lastError(0xC004F074)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.evidence(EN)).contains("still valid for 90 days");
    }

    @Test
    void hostBelowItsThresholdIsAProblemFixedByAnotherMethod() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.OOB_GRACE, 12 * DAY).lastError(0xC004F038)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0xC004F038));
        assertThat(result.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
        assertThat(result.fix().text().in(EN)).contains("MAK").contains("Active Directory-based activation");
    }

    @Test
    void otherFailureIsOnlyAWarningHere() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.OOB_GRACE, 12 * DAY).lastError(0xC004F06C)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.NONE);
    }

    @Test
    void notActivatedYetWithoutAnAttemptIsAWarningToActivate() throws Exception {
        CheckResult result = run(check, snapshot(workstation(true),
                product().kmsClient(KMS_DNS_DISCOVERY).status(LicenseStatus.OOB_GRACE, 25 * DAY).reason(0x4004F00C)
                        .build()));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.fixTarget()).isEqualTo(FixTarget.ACTIVATE_ONLINE);
    }
}
