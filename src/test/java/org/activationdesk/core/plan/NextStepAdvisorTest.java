package org.activationdesk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.platform.simulated.Scenario;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextStepAdvisorTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Hresult OK = Hresult.S_OK;
    private static final Hresult OOB_GRACE_REASON = new Hresult(0x4004F00C);
    private static final KmsClientInfo KMS_CLIENT = new KmsClientInfo(null, 0, null, 0, null, 120, 10080);

    /** The steps the tests below reached; every step must be reached by a hand-made snapshot. */
    private static final Set<NextStep> REACHED = EnumSet.noneOf(NextStep.class);

    private static MachineInfo workstation(boolean elevated) {
        return new MachineInfo("PC-01", "Windows 10 Pro", "10.0.19045", 19045, "Professional",
                DomainRole.MEMBER_WORKSTATION, "corp.example", elevated);
    }

    private static MachineInfo server(String editionId) {
        return new MachineInfo("SRV-01", "Windows Server 2022", "10.0.20348", 20348, editionId,
                DomainRole.MEMBER_SERVER, "corp.example", true);
    }

    private static LicensingProduct product(String channel, String description, LicenseStatus status, Hresult reason,
                                            Hresult lastError, KmsClientInfo client, KmsHostInfo host) {
        return new LicensingProduct("2fb011d9-74a8-46db-a9cb-42b2049e1363", "Windows(R), Professional edition",
                description, channel, "8HVX7", status, status == LicenseStatus.LICENSED ? 0 : 14400, reason, lastError,
                null, 1, client, host);
    }

    private static LicensingProduct retail(LicenseStatus status, Hresult reason, Hresult lastError) {
        return product("Retail", "Windows(R) Operating System, RETAIL channel", status, reason, lastError, null, null);
    }

    private static LicensingProduct mak(LicenseStatus status, Hresult reason, Hresult lastError) {
        return product("Volume:MAK", "Windows(R) Operating System, VOLUME_MAK channel", status, reason, lastError, null,
                null);
    }

    private static LicensingProduct kmsClient(LicenseStatus status, Hresult reason, Hresult lastError) {
        return product("Volume:GVLK", "Windows(R) Operating System, VOLUME_KMSCLIENT channel", status, reason, lastError,
                KMS_CLIENT, null);
    }

    private static MachineSnapshot snapshot(MachineInfo machine, LicensingProduct... products) {
        return new MachineSnapshot(machine, List.of(products), NOW);
    }

    private static Advice advise(MachineSnapshot snapshot) {
        return advise(snapshot, Optional.empty());
    }

    private static Advice advise(MachineSnapshot snapshot, Optional<RdsLicenseServer> rds) {
        Advice advice = NextStepAdvisor.advise(snapshot, rds);
        REACHED.add(advice.step());
        return advice;
    }

    private static RdsLicenseServer rds(RdsActivationStatus status) {
        return new RdsLicenseServer(status, status == RdsActivationStatus.ACTIVATED ? "A".repeat(35) : null,
                "00454-40000-00001-AT275", "C:\\Windows\\System32\\LServer", List.of());
    }

    @AfterAll
    static void everyStepIsReachable() {
        // only meaningful when the whole class ran; a filtered run reaches fewer
        if (REACHED.size() >= 8) {
            assertThat(REACHED).containsExactlyInAnyOrder(NextStep.values());
        }
    }

    // ---- one test per step ----------------------------------------------------------------------------------------

    @Test
    void nothingToDoForAnActivatedMachine() {
        Advice advice = advise(snapshot(workstation(true), retail(LicenseStatus.LICENSED, OK, null)));

        assertThat(advice).isEqualTo(new Advice(NextStep.NOTHING_TO_DO, null));
    }

    @Test
    void enterProductKeyWhenNoProductHasAKey() {
        Advice advice = advise(snapshot(workstation(true)));

        assertThat(advice).isEqualTo(new Advice(NextStep.ENTER_PRODUCT_KEY, null));
    }

    @Test
    void activateOnlineForARetailMachineInItsGracePeriod() {
        Advice advice = advise(snapshot(workstation(true), retail(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, null)));

        assertThat(advice.step()).isEqualTo(NextStep.ACTIVATE_ONLINE);
        assertThat(advice.because()).isEqualTo(OOB_GRACE_REASON);
    }

    @Test
    void activateByPhoneWhenOnlineActivationCannotReachMicrosoft() {
        Hresult noInternet = new Hresult(0x80072EE7);

        Advice advice = advise(snapshot(workstation(true), mak(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, noInternet)));

        assertThat(advice).isEqualTo(new Advice(NextStep.ACTIVATE_BY_PHONE, noInternet));
    }

    @Test
    void activateByPhoneWhenTheMakHasNoOnlineActivationsLeft() {
        Hresult exhausted = new Hresult(0xC004C008);

        Advice advice = advise(snapshot(workstation(true), mak(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, exhausted)));

        assertThat(advice).isEqualTo(new Advice(NextStep.ACTIVATE_BY_PHONE, exhausted));
    }

    @Test
    void convertEvaluationWhenTheEvaluationExpired() {
        Hresult expired = new Hresult(0xC004FC07);
        LicensingProduct evaluation = product("Retail:TB:Eval", "Windows(R) Operating System, TIMEBASED_EVAL channel",
                LicenseStatus.NOTIFICATION, expired, null, null, null);

        Advice advice = advise(snapshot(server("ServerStandardEval"), evaluation));

        assertThat(advice).isEqualTo(new Advice(NextStep.CONVERT_EVALUATION, expired));
    }

    @Test
    void convertEvaluationForAnUnactivatedEvaluationEditionEvenWithoutTheExpiryCode() {
        // the edition alone says evaluation: activating it online cannot work, it must be converted
        Advice advice = advise(snapshot(server("ServerDatacenterEval"), retail(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, null)));

        assertThat(advice.step()).isEqualTo(NextStep.CONVERT_EVALUATION);
    }

    @Test
    void enterMatchingKeyWhenTheKeyIsForAnotherEdition() {
        Hresult mismatch = new Hresult(0xC004F069);

        Advice advice = advise(snapshot(server("ServerStandard"), retail(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, mismatch)));

        assertThat(advice).isEqualTo(new Advice(NextStep.ENTER_MATCHING_KEY, mismatch));
    }

    @Test
    void fixKmsDiscoveryWhenTheClientFindsNoHost() {
        Hresult noSrvRecord = new Hresult(0x8007232B);

        Advice advice = advise(snapshot(workstation(false), kmsClient(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, noSrvRecord)));

        assertThat(advice).isEqualTo(new Advice(NextStep.FIX_KMS_DISCOVERY, noSrvRecord));
    }

    @Test
    void reviewKmsHostCountOnAHostBelowTheClientThreshold() {
        KmsHostInfo host = new KmsHostInfo(KmsHostInfo.CLIENT_THRESHOLD - 1, 25, 1688, true);
        LicensingProduct hostProduct = product("Volume:CSVLK", "Windows(R) Operating System, VOLUME_KMS_R2_B channel",
                LicenseStatus.LICENSED, OK, null, null, host);

        Advice advice = advise(snapshot(server("ServerStandard"), hostProduct));

        assertThat(advice).isEqualTo(new Advice(NextStep.REVIEW_KMS_HOST_COUNT, new Hresult(0xC004F038)));
    }

    @Test
    void aHostAtTheClientThresholdNeedsNothing() {
        KmsHostInfo host = new KmsHostInfo(KmsHostInfo.CLIENT_THRESHOLD, 25, 1688, true);
        LicensingProduct hostProduct = product("Volume:CSVLK", "Windows(R) Operating System, VOLUME_KMS_R2_B channel",
                LicenseStatus.LICENSED, OK, null, null, host);

        assertThat(advise(snapshot(server("ServerStandard"), hostProduct)).step()).isEqualTo(NextStep.NOTHING_TO_DO);
    }

    @Test
    void reviewKmsHostCountOnAClientTheHostRefusedForTooFewClients() {
        Hresult countTooLow = new Hresult(0xC004F038);

        Advice advice = advise(snapshot(workstation(true), kmsClient(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, countTooLow)));

        assertThat(advice).isEqualTo(new Advice(NextStep.REVIEW_KMS_HOST_COUNT, countTooLow));
    }

    @Test
    void activateRdsServerWhenWindowsIsFineButTheLicenseServerIsNot() {
        MachineSnapshot activated = snapshot(server("ServerStandard"), mak(LicenseStatus.LICENSED, OK, null));

        assertThat(advise(activated, Optional.of(rds(RdsActivationStatus.NOT_ACTIVATED))))
                .isEqualTo(new Advice(NextStep.ACTIVATE_RDS_SERVER, null));
        assertThat(advise(activated, Optional.of(rds(RdsActivationStatus.UNKNOWN))).step())
                .isEqualTo(NextStep.ACTIVATE_RDS_SERVER);
        assertThat(advise(activated, Optional.of(rds(RdsActivationStatus.ACTIVATED))).step())
                .isEqualTo(NextStep.NOTHING_TO_DO);
    }

    @Test
    void windowsComesBeforeTheLicenseServer() {
        MachineSnapshot notActivated = snapshot(server("ServerStandard"), mak(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, null));

        assertThat(advise(notActivated, Optional.of(rds(RdsActivationStatus.NOT_ACTIVATED))).step())
                .isEqualTo(NextStep.ACTIVATE_ONLINE);
    }

    @Test
    void theLastFailedAttemptExplainsMoreThanTheGraceReason() {
        Hresult failed = new Hresult(0xC004F074);
        LicensingProduct product = kmsClient(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, failed);

        assertThat(NextStepAdvisor.problemCode(product)).isEqualTo(failed);
        assertThat(NextStepAdvisor.problemCode(kmsClient(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON, null)))
                .isEqualTo(OOB_GRACE_REASON);
        assertThat(NextStepAdvisor.problemCode(retail(LicenseStatus.LICENSED, OK, null))).isNull();
        // a success recorded as "last error" is no problem
        assertThat(NextStepAdvisor.problemCode(retail(LicenseStatus.LICENSED, OK, OK))).isNull();
    }

    @Test
    void theSameSnapshotAlwaysGivesTheSameAdvice() {
        MachineSnapshot snapshot = snapshot(workstation(false), kmsClient(LicenseStatus.OOB_GRACE, OOB_GRACE_REASON,
                new Hresult(0x8007232B)));

        assertThat(advise(snapshot)).isEqualTo(advise(snapshot));
    }

    // ---- the built-in practice scenarios --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "win10-pro-activated,           NOTHING_TO_DO,",
            "server2019-eval-expired,       CONVERT_EVALUATION,    0xC004FC07",
            "server2019-std-datacenter-key, ACTIVATE_ONLINE,",
            "win10-pro-kms-no-srv,          FIX_KMS_DISCOVERY,     0x8007232B",
            "kms-host-below-threshold,      REVIEW_KMS_HOST_COUNT, 0xC004F038",
            "win10-kms-clock-skew,          ACTIVATE_ONLINE,       0xC004F06C",
            "mak-no-internet,               ACTIVATE_BY_PHONE,     0x80072EE7",
            "server2019-datacenter-offline, ACTIVATE_BY_PHONE,     0x80072EE7",
            "rds2022-rebuilt,               ACTIVATE_RDS_SERVER,",
            "rds2019-workgroup-per-user,    NOTHING_TO_DO,"})
    void eachBuiltInScenarioLeadsToItsStep(String id, NextStep expected, String because) throws Exception {
        Scenario scenario = new ScenarioCatalog().load(id);
        MachineSnapshot snapshot = new MachineSnapshot(scenario.machine(), scenario.products(), NOW);

        Advice advice = NextStepAdvisor.advise(snapshot, scenario.rds());

        assertThat(advice.step()).isEqualTo(expected);
        if (because != null) {
            assertThat(advice.because()).isEqualTo(Hresult.parseCanonical(because));
        }
    }

    @Test
    void theScenarioTableCoversEveryBuiltInScenario() {
        List<String> table = Arrays.asList("win10-pro-activated", "server2019-eval-expired", "server2019-std-datacenter-key",
                "server2019-datacenter-offline", "win10-pro-kms-no-srv", "kms-host-below-threshold",
                "win10-kms-clock-skew", "mak-no-internet", "rds2022-rebuilt", "rds2019-workgroup-per-user");

        assertThat(new ScenarioCatalog().builtInIds()).containsExactlyInAnyOrderElementsOf(table);
    }
}
