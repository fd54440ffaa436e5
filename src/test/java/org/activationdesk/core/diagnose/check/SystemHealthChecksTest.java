package org.activationdesk.core.diagnose.check;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.DAY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.JA;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.KMS_DNS_DISCOVERY;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.failing;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnoseFixtures;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FakeKmsNetwork;
import org.activationdesk.core.diagnose.FakeSystemHealth;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.OnlineReading.Outcome;
import org.activationdesk.core.port.OnlineReading.ProxySource;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.ServiceReading.StartMode;
import org.activationdesk.core.port.ServiceReading.State;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.core.volume.SrvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The service, internet, clock and restart checks: each verdict from a computer set per test. */
class SystemHealthChecksTest {

    private static final String TARGET = OnlineReading.ACTIVATION_SERVER;
    private static final Optional<String> PROXY = Optional.of("proxy.corp.example:8080");

    private final FakeSystemHealth health = new FakeSystemHealth();
    private final FakeKmsNetwork network = new FakeKmsNetwork();

    private static MachineSnapshot retail(boolean activated) {
        return snapshot(workstation(true), product()
                .status(activated ? LicenseStatus.LICENSED : LicenseStatus.OOB_GRACE, activated ? 0 : 20 * DAY).build());
    }

    private static MachineSnapshot kmsClient(KmsClientInfo info) {
        return snapshot(workstation(true), product().kmsClient(info).status(LicenseStatus.OOB_GRACE, 20 * DAY).build());
    }

    private CheckResult run(DiagnosticCheck check, MachineSnapshot snapshot) throws Exception {
        return check.run(context(snapshot, network, health));
    }

    private static void wordedInBothLanguages(CheckResult result) {
        for (Messages m : List.of(EN, JA)) {
            assertThat(result.evidence(m)).isNotBlank().doesNotContain("!");
            if (result.fix() != null) {
                assertThat(result.fix().text().in(m)).isNotBlank().doesNotContain("!health").doesNotContain("!diagnose");
            }
        }
    }

    // ---- Software Protection service ----

    @Test
    void aRunningServiceIsOk() throws Exception {
        CheckResult result = run(new LicensingServiceCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("sppsvc").contains("running").contains("Automatic")
                .doesNotContain("practice");
        assertThat(result.fact(FactKey.SERVICE_STATE)).contains("running");
        assertThat(result.fix()).isNull();
    }

    @Test
    void aStoppedServiceIsNormal() throws Exception {
        health.service(ServiceReading.of(State.STOPPED, StartMode.MANUAL));

        CheckResult result = run(new LicensingServiceCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("stopped").contains("normal");
        assertThat(result.fact(FactKey.SERVICE_START_MODE)).contains("manual");
        wordedInBothLanguages(result);
    }

    @Test
    void aDisabledServiceIs0x80070422AndIsFixedByHand() throws Exception {
        health.service(ServiceReading.of(State.STOPPED, StartMode.DISABLED));

        CheckResult result = run(new LicensingServiceCheck(), retail(false));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0x80070422));
        assertThat(result.fixTarget()).isEqualTo(FixTarget.NONE);
        assertThat(result.fix().text().in(EN)).contains("services.msc").contains("Automatic (Delayed Start)")
                .contains("does not change services");
        assertThat(result.fact(FactKey.SERVICE_START_MODE)).contains("disabled");
        wordedInBothLanguages(result);
    }

    @Test
    void aServiceOnItsWayIsAWarningToWait() throws Exception {
        health.service(ServiceReading.of(State.START_PENDING, StartMode.AUTOMATIC));

        CheckResult result = run(new LicensingServiceCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.evidence(EN)).contains("starting");
    }

    @Test
    void aMissingServiceIsAProblem() throws Exception {
        health.service(ServiceReading.of(State.NOT_INSTALLED, StartMode.UNKNOWN));

        CheckResult result = run(new LicensingServiceCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.evidence(EN)).contains("not installed").doesNotContain("startup type");
        wordedInBothLanguages(result);
    }

    @Test
    void anUnreadableServiceCouldNotBeCheckedAndSaysWhyAndHowByHand() throws Exception {
        health.service(ServiceReading.unknown(new UnknownFact(UnknownFact.Reason.ACCESS_DENIED, "0x80041003")));

        CheckResult result = run(new LicensingServiceCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(result.evidence(EN)).isEqualTo("Could not check: access was denied (0x80041003).");
        assertThat(result.fix().text().in(EN)).contains("sc query sppsvc");
        assertThat(result.evidence(JA)).contains("アクセスが拒否されました").contains("0x80041003");
    }

    @Test
    void offWindowsTheServiceIsUnknownNotGuessed() throws Exception {
        health.service(ServiceReading.unknown(UnknownFact.of(UnknownFact.Reason.NOT_WINDOWS)));

        CheckResult result = run(new LicensingServiceCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(result.evidence(EN)).contains("not a Windows computer");
    }

    @Test
    void inPracticeEveryAnswerSaysTheScenarioGaveIt() throws Exception {
        health.practice();

        assertThat(run(new LicensingServiceCheck(), retail(true)).evidence(EN)).startsWith("In practice mode");
        assertThat(run(new PendingRestartCheck(), retail(true)).evidence(EN)).startsWith("In practice mode");
        assertThat(run(new OnlineReachabilityCheck(), retail(true)).evidence(EN)).startsWith("In practice mode");
    }

    // ---- internet and proxy ----

    @Test
    void aKmsClientIsNotSentToMicrosoft() throws Exception {
        CheckResult result = run(new OnlineReachabilityCheck(), kmsClient(KMS_DNS_DISCOVERY));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("KMS client");
        assertThat(health.onlineRequests()).isZero();
    }

    @Test
    void reachableDirectlyIsOkAndNamesTheServerNotALink() throws Exception {
        CheckResult result = run(new OnlineReachabilityCheck(), retail(false));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("activation-v2.sls.microsoft.com directly").doesNotContain("https:");
        assertThat(result.fact(FactKey.ONLINE_TARGET)).contains("activation-v2.sls.microsoft.com");
        assertThat(result.fact(FactKey.ONLINE_OUTCOME)).contains("reachable");
        assertThat(result.fact(FactKey.PROXY)).isEmpty();
    }

    @Test
    void theProxyIsNamedWithWhereItsSettingComesFrom() throws Exception {
        health.online(OnlineReading.reachable(TARGET, PROXY, ProxySource.WINHTTP, 200, Optional.empty()));

        CheckResult result = run(new OnlineReachabilityCheck(), retail(false));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("through the proxy proxy.corp.example:8080")
                .contains("WinHTTP").doesNotContain("netsh winhttp import");
        assertThat(result.fact(FactKey.PROXY)).contains("proxy.corp.example:8080");
    }

    @Test
    void aProxyFromTheUserSettingsOnlyIsPointedOutForServices() throws Exception {
        health.online(OnlineReading.reachable(TARGET, PROXY, ProxySource.SYSTEM, 200, Optional.empty()));

        assertThat(run(new OnlineReachabilityCheck(), retail(false)).evidence(EN))
                .contains("netsh winhttp import proxy source=ie");
    }

    @Test
    void aProxyThatWantsAPasswordIsSaidPlainlyAndPhoneActivationOffered() throws Exception {
        health.online(OnlineReading.of(Outcome.PROXY_AUTHENTICATION, TARGET, PROXY, ProxySource.WINHTTP, 407,
                "Basic realm=corp"));

        CheckResult result = run(new OnlineReachabilityCheck(), retail(false));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.evidence(EN)).contains("proxy.corp.example:8080").contains("user name and password")
                .contains("HTTP 407").contains("0x8004FE33");
        assertThat(result.fixTarget()).isEqualTo(FixTarget.ACTIVATE_BY_PHONE);
        assertThat(result.fix().text().in(EN)).contains("without authentication");
        assertThat(result.fact(FactKey.HTTP_STATUS)).contains(407);
        wordedInBothLanguages(result);
    }

    @Test
    void tlsInspectionIsSaidPlainlyWithTheIssuer() throws Exception {
        health.online(OnlineReading.intercepted(TARGET, PROXY, ProxySource.WINHTTP, "CN=Corp Inspection CA",
                "PKIX path building failed"));

        CheckResult result = run(new OnlineReachabilityCheck(), retail(false));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0x80072F8F));
        assertThat(result.evidence(EN)).contains("CN=Corp Inspection CA").contains("inspects TLS");
        assertThat(result.fix().text().in(EN)).contains("TLS inspection");
        wordedInBothLanguages(result);
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"NAME_NOT_RESOLVED", "CANNOT_CONNECT", "TIMED_OUT", "TLS_FAILED",
            "PROXY_REFUSED"})
    void everyFailureIsAProblemBeforeActivationAndAWarningAfter(Outcome outcome) throws Exception {
        int status = outcome == Outcome.PROXY_REFUSED ? 403 : 0;
        health.online(OnlineReading.of(outcome, TARGET, outcome == Outcome.PROXY_REFUSED ? PROXY : Optional.empty(),
                ProxySource.SYSTEM, status, "detail"));

        CheckResult before = run(new OnlineReachabilityCheck(), retail(false));
        CheckResult after = run(new OnlineReachabilityCheck(), retail(true));

        assertThat(before.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(after.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(after.evidence(EN)).contains("Windows is activated");
        assertThat(before.fixTarget()).isEqualTo(FixTarget.ACTIVATE_BY_PHONE);
        assertThat(before.code()).isEqualTo(OnlineReachabilityCheck.code(outcome));
        wordedInBothLanguages(before);
    }

    @Test
    void noRouteToMicrosoftIs0x80072EE7() throws Exception {
        health.online(OnlineReading.of(Outcome.NAME_NOT_RESOLVED, TARGET, Optional.empty(), ProxySource.SYSTEM, 0, ""));

        CheckResult result = run(new OnlineReachabilityCheck(), retail(false));

        assertThat(result.code()).isEqualTo(new Hresult(0x80072EE7));
        assertThat(result.evidence(EN)).contains("no route to the internet");
    }

    @Test
    void anUnreadableLicensingServiceStillLetsTheComputerBeTested() throws Exception {
        DiagnosticContext context = DiagnoseFixtures.context(failing(0x80070422), Optional::empty, network);

        CheckResult result = new OnlineReachabilityCheck().run(context);

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
    }

    // ---- clock ----

    @Test
    void aClockInStepWithMicrosoftIsOkAndSaysUtc() throws Exception {
        CheckResult result = run(new SystemClockCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("agrees with Microsoft’s server").contains("UTC")
                .contains("time zone does not matter");
        assertThat(result.fact(FactKey.CLOCK_OFFSET_SECONDS)).contains(0L);
    }

    @Test
    void aRetailClockAFewHoursOffIsAWarningADayOffAProblem() throws Exception {
        health.online(FakeSystemHealth.reachable(Duration.ofHours(-3)));
        CheckResult hours = run(new SystemClockCheck(), retail(true));
        health.online(FakeSystemHealth.reachable(Duration.ofHours(30)));
        CheckResult day = run(new SystemClockCheck(), retail(true));

        assertThat(hours.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(hours.evidence(EN)).contains("3 hours 0 minutes behind");
        assertThat(hours.code()).isNull();
        assertThat(day.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(day.evidence(EN)).contains("30 hours 0 minutes ahead");
        assertThat(day.fix().text().in(EN)).contains("Set time automatically");
        wordedInBothLanguages(day);
    }

    @Test
    void aKmsClientIsComparedWithItsKmsHostAndOver4HoursIs0xC004F06C() throws Exception {
        network.srv("corp.example", new SrvRecord("kms01.corp.example", 1688, 0, 0, 3600));
        health.hostClock("kms01.corp.example", Duration.ofMinutes(-312));

        CheckResult result = run(new SystemClockCheck(), kmsClient(KMS_DNS_DISCOVERY));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0xC004F06C));
        assertThat(result.evidence(EN)).contains("5 hours 12 minutes behind the KMS host kms01.corp.example")
                .contains("4 hours");
        assertThat(result.fact(FactKey.CLOCK_REFERENCE)).contains("kms01.corp.example (NTP)");
        assertThat(result.fact(FactKey.CLOCK_OFFSET_SECONDS)).contains(-312 * 60L);
        assertThat(result.fix().text().in(EN)).contains("w32tm /resync").contains("KMS host’s clock");
        assertThat(health.onlineRequests()).as("the KMS host answered: Microsoft is not asked").isZero();
        wordedInBothLanguages(result);
    }

    @Test
    void withinKmsLimitsButOverFiveMinutesIsAWarning() throws Exception {
        health.hostClock("kms01.corp.example", Duration.ofMinutes(20));
        KmsClientInfo registered = new KmsClientInfo("kms01.corp.example", 1688, null, 0, null, 120, 10080);

        CheckResult result = run(new SystemClockCheck(), kmsClient(registered));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.code()).isNull();
        assertThat(result.evidence(EN)).contains("20 minutes ahead of the KMS host").contains("Kerberos");
    }

    @Test
    void aSilentKmsHostFallsBackToMicrosoftAndSaysSo() throws Exception {
        KmsClientInfo registered = new KmsClientInfo("kms01.corp.example", 1688, null, 0, null, 120, 10080);
        health.online(FakeSystemHealth.reachable(Duration.ofHours(6)));

        CheckResult result = run(new SystemClockCheck(), kmsClient(registered));

        assertThat(result.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(result.code()).isEqualTo(new Hresult(0xC004F06C));
        assertThat(result.evidence(EN)).contains("The KMS host kms01.corp.example did not tell its time")
                .contains("no answer came in time").contains("ahead of Microsoft’s server");
        assertThat(health.hostQueries()).isEqualTo(1);
    }

    @Test
    void aKmsClientWithNoKnownHostAsksNoHostAtAll() throws Exception {
        CheckResult result = run(new SystemClockCheck(), kmsClient(KMS_DNS_DISCOVERY));

        assertThat(health.hostQueries()).as("no host is guessed").isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).startsWith("No KMS host is known");
    }

    @Test
    void withoutAnyTimeSourceTheClockCouldNotBeChecked() throws Exception {
        health.online(OnlineReading.of(Outcome.NAME_NOT_RESOLVED, TARGET, Optional.empty(), ProxySource.SYSTEM, 0, ""));
        CheckResult unreachable = run(new SystemClockCheck(), retail(true));
        health.online(OnlineReading.unknown(TARGET, UnknownFact.of(UnknownFact.Reason.NOT_IN_SCENARIO)));
        CheckResult unsaid = run(new SystemClockCheck(), retail(true));

        assertThat(unreachable.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(unreachable.evidence(EN)).contains("Internet and proxy");
        assertThat(unreachable.fix().text().in(EN)).contains("w32tm /query /status");
        assertThat(unsaid.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(unsaid.evidence(EN)).contains("the practice scenario does not say");
    }

    @Test
    void aDifferenceWithinTheMeasurementsPrecisionIsNoDifference() throws Exception {
        health.online(OnlineReading.reachable(TARGET, Optional.empty(), ProxySource.SYSTEM, 200, Optional.of(
                TimeReading.measured("x (HTTPS Date)", FakeSystemHealth.NOW,
                        Duration.ofSeconds(-6), Duration.ofSeconds(8)))));

        CheckResult result = run(new SystemClockCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).contains("agrees with").contains("to within 9 seconds");
    }

    @Test
    void amountsReadAsPeopleSayThem() {
        assertThat(SystemClockCheck.amount(Duration.ofSeconds(18_720)).in(EN)).isEqualTo("5 hours 12 minutes");
        assertThat(SystemClockCheck.amount(Duration.ofMinutes(7).plusSeconds(30)).in(EN)).isEqualTo("7 minutes");
        assertThat(SystemClockCheck.amount(Duration.ofMillis(300)).in(EN)).as("never 0").isEqualTo("1 seconds");
        assertThat(SystemClockCheck.amount(Duration.ofSeconds(18_720)).in(JA)).isEqualTo("5 時間 12 分");
    }

    // ---- restart ----

    @Test
    void noMarkerIsOk() throws Exception {
        CheckResult result = run(new PendingRestartCheck(), retail(true));

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.evidence(EN)).isEqualTo("Windows is not waiting for a restart.");
    }

    @Test
    void markersAreAWarningThatNamesThemAndTheEditionChange() throws Exception {
        health.restart(RestartReading.of(Set.of(RestartReading.Marker.FILE_RENAME,
                RestartReading.Marker.COMPONENT_SERVICING)));

        CheckResult result = run(new PendingRestartCheck(), retail(false));

        assertThat(result.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(result.evidence(EN)).contains("Component Based Servicing); files to be replaced")
                .contains("DISM /Set-Edition");
        assertThat(result.fact(FactKey.RESTART_MARKERS)).contains("component-servicing,file-rename");
        assertThat(result.fixTarget()).isEqualTo(FixTarget.NONE);
        wordedInBothLanguages(result);
    }

    @Test
    void aMarkerFoundCountsEvenIfAnotherCouldNotBeRead() throws Exception {
        health.restart(new RestartReading(Set.of(RestartReading.Marker.WINDOWS_UPDATE),
                Optional.of(UnknownFact.of(UnknownFact.Reason.ACCESS_DENIED))));
        CheckResult found = run(new PendingRestartCheck(), retail(true));
        health.restart(RestartReading.unknown(UnknownFact.of(UnknownFact.Reason.ACCESS_DENIED)));
        CheckResult unread = run(new PendingRestartCheck(), retail(true));

        assertThat(found.verdict()).isEqualTo(Verdict.WARNING);
        assertThat(unread.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(unread.fix().text().in(EN)).startsWith("Check by hand");
    }

    // ---- shared ----

    @Test
    void theInternetAndClockChecksShareOneRequestPerRun() throws Exception {
        DiagnosticContext context = context(retail(true), network, health);

        new OnlineReachabilityCheck().run(context);
        new SystemClockCheck().run(context);

        assertThat(health.onlineRequests()).isEqualTo(1);
        assertThat(network.probes()).isZero();
    }
}
