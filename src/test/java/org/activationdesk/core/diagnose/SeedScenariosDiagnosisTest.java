package org.activationdesk.core.diagnose;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.CLOCK;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EXPLAINER;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.JA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.platform.simulated.Scenario;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.SimulatedKmsNetwork;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.activationdesk.platform.simulated.SimulatedSystemHealth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each built-in practice scenario diagnosed end to end: the problem it was written to show is the one found. */
class SeedScenariosDiagnosisTest {

    private static final ExecutorService THREADS = DiagnosticsRunner.newExecutor();
    private static final ScenarioCatalog CATALOG = new ScenarioCatalog();

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    static List<String> builtInIds() {
        return CATALOG.builtInIds();
    }

    private static Map<CheckId, CheckResult> diagnose(String id) throws Exception {
        Scenario scenario = CATALOG.load(id);
        SimulatedLicensingService simulator = new SimulatedLicensingService(scenario, CLOCK, Duration.ZERO);
        DiagnosticContext context = new DiagnosticContext(simulator, simulator,
                new SimulatedKmsNetwork(scenario.network(), Duration.ZERO),
                new SimulatedSystemHealth(scenario, simulator::editionChangePending, CLOCK, Duration.ZERO), CLOCK,
                EXPLAINER, Optional.of(scenario.describe()));
        return new DiagnosticsRunner(DiagnosticChecks.standard(), THREADS).run(context, r -> { }).stream()
                .collect(Collectors.toMap(CheckResult::check, Function.identity()));
    }

    @Test
    void expiredEvaluationDomainControllerMustBeConvertedAndCannotBeAsItIs() throws Exception {
        CheckResult evaluation = diagnose("server2019-eval-expired").get(CheckId.EVALUATION_EXPIRY);

        assertThat(evaluation.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(evaluation.code()).isEqualTo(new Hresult(0xC004FC07));
        assertThat(evaluation.fixTarget()).isEqualTo(FixTarget.CONVERT_EVALUATION);
        assertThat(evaluation.fact(FactKey.DOMAIN_CONTROLLER)).contains(true);
        assertThat(evaluation.evidence(EN)).contains("domain controller");
    }

    @Test
    void kmsClientWithoutSrvRecordCannotFindItsHost() throws Exception {
        CheckResult kms = diagnose("win10-pro-kms-no-srv").get(CheckId.KMS_CLIENT);

        assertThat(kms.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(kms.code()).isEqualTo(new Hresult(0x8007232B));
        assertThat(kms.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
    }

    @Test
    void withoutAnSrvRecordDnsShowsTheProblemAndThereIsNoHostToProbe() throws Exception {
        Map<CheckId, CheckResult> results = diagnose("win10-pro-kms-no-srv");
        CheckResult dns = results.get(CheckId.KMS_DNS);
        CheckResult port = results.get(CheckId.KMS_PORT);

        assertThat(dns.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(dns.code()).isEqualTo(new Hresult(0x8007232B));
        assertThat(dns.fixTarget()).isEqualTo(FixTarget.KMS_SETTINGS);
        assertThat(dns.evidence(EN)).startsWith("In practice mode").contains("_vlmcs._tcp.corp.example");
        // The scenario's KMS host exists, but nothing on the client names it: the check must not guess it.
        assertThat(port.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(port.evidence(EN)).doesNotContain("kms01");
        assertThat(port.fix().text().in(EN)).contains("slmgr /skms");
    }

    @Test
    void kmsHostBelowItsThresholdExplains0xC004F038() throws Exception {
        CheckResult count = diagnose("kms-host-below-threshold").get(CheckId.KMS_HOST_COUNT);

        assertThat(count.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(count.code()).isEqualTo(new Hresult(0xC004F038));
        assertThat(count.fact(FactKey.KMS_CURRENT_COUNT)).contains(3);
    }

    @Test
    void makMachineWithoutInternetIsToBeActivatedByPhone() throws Exception {
        CheckResult status = diagnose("mak-no-internet").get(CheckId.LICENSE_STATUS);

        assertThat(status.verdict()).isIn(Verdict.PROBLEM, Verdict.WARNING);
        assertThat(status.code()).isEqualTo(new Hresult(0x80072EE7));
        assertThat(status.fixTarget()).isEqualTo(FixTarget.ACTIVATE_BY_PHONE);
    }

    @Test
    void rebuiltRdsLicenseServerMustBeActivated() throws Exception {
        Map<CheckId, CheckResult> results = diagnose("rds2022-rebuilt");

        assertThat(results.get(CheckId.RDS_LICENSE_SERVER).verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(results.get(CheckId.RDS_LICENSE_SERVER).fixTarget()).isEqualTo(FixTarget.RDS_ACTIVATION);
        assertThat(results.get(CheckId.LICENSE_STATUS).verdict()).as("Windows itself is activated").isEqualTo(Verdict.OK);
    }

    @Test
    void aKmsClientFiveHoursOffItsHostFailsWith0xC004F06C() throws Exception {
        Map<CheckId, CheckResult> results = diagnose("win10-kms-clock-skew");
        CheckResult clock = results.get(CheckId.SYSTEM_CLOCK);

        assertThat(clock.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(clock.code()).isEqualTo(new Hresult(0xC004F06C));
        assertThat(clock.evidence(EN)).startsWith("In practice mode").contains("KMS host kms01.corp.example");
        assertThat(results.get(CheckId.KMS_PORT).verdict()).as("the host itself is fine").isEqualTo(Verdict.OK);
        assertThat(results.get(CheckId.KMS_DNS).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aMachineWithNoRouteToMicrosoftIsSentToThePhone() throws Exception {
        Map<CheckId, CheckResult> results = diagnose("mak-no-internet");
        CheckResult online = results.get(CheckId.ONLINE_REACHABILITY);

        assertThat(online.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(online.code()).isEqualTo(new Hresult(0x80072EE7));
        assertThat(online.fixTarget()).isEqualTo(FixTarget.ACTIVATE_BY_PHONE);
        assertThat(results.get(CheckId.SYSTEM_CLOCK).verdict()).as("no time source answers there")
                .isEqualTo(Verdict.COULD_NOT_CHECK);
    }

    @Test
    void theServiceAndTheRestartMarkersOfTheSeeds() throws Exception {
        CheckResult stopped = diagnose("win10-pro-kms-no-srv").get(CheckId.LICENSING_SERVICE_STATE);
        CheckResult restart = diagnose("rds2022-rebuilt").get(CheckId.PENDING_REBOOT);

        assertThat(stopped.verdict()).isEqualTo(Verdict.OK);
        assertThat(stopped.evidence(EN)).contains("stopped").contains("normal");
        assertThat(restart.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(restart.evidence(EN)).contains("Windows Update");
    }

    @Test
    void healthyMachineHasNoProblem() throws Exception {
        assertThat(diagnose("win10-pro-activated").values()).noneMatch(r -> r.verdict() == Verdict.PROBLEM);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void everyResultIsWordedInBothLanguagesAndNoFixEverSuggestsARearm(String id) throws Exception {
        for (CheckResult result : diagnose(id).values()) {
            for (Messages m : List.of(EN, JA)) {
                assertThat(result.evidence(m)).as("%s %s", result.check(), m.language()).isNotBlank()
                        .doesNotContainPattern("![a-z][A-Za-z0-9_.]*!");
                if (result.fix() != null) {
                    String fix = result.fix().text().in(m);
                    assertThat(fix).as("%s fix", result.check()).isNotBlank().doesNotContainPattern("![a-z][A-Za-z0-9_.]*!")
                            .doesNotContainIgnoringCase("rearm").doesNotContain("リアーム");
                }
            }
            // A practice run never passes off a probe of this computer as the scenario's.
            if (result.verdict() == Verdict.COULD_NOT_CHECK) {
                assertThat(result.evidence(EN)).contains("practice mode");
            }
        }
    }
}
