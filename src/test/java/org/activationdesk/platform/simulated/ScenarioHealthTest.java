package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.platform.simulated.ScenarioException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optional {@code system} section: the practice computer's Software Protection service, internet, clocks and
 * pending restart. Read as strictly as the rest of a scenario, and answered in the real computer's readings.
 */
class ScenarioHealthTest {

    private static final String HEAD = """
            {
              "schemaVersion": 1,
              "title": {"en": "Health", "ja": "状態"},
              "summary": {"en": "A machine with a practice computer around it.", "ja": "練習用の環境があるマシンです。"},
              "machine": {
                "computerName": "PC-01",
                "osName": "Windows 10 Pro",
                "version": "10.0.19045",
                "build": 19045,
                "editionId": "Professional",
                "domainRole": "MEMBER_WORKSTATION",
                "domain": "corp.example",
                "elevated": true
              },
              "products": [],
              "onlineActivation": "success",
              "kmsNetwork": {
                "srv": [],
                "hosts": [
                  {"host": "kms01.corp.example", "address": "192.0.2.10", "state": "kms"},
                  {"host": "old.corp.example", "address": "192.0.2.11", "state": "refused"}
                ]
              }
            """;

    private static final String SYSTEM = """
              ,"system": {
                "licensingService": "disabled",
                "internet": {"result": "proxy-authentication", "proxy": "proxy.corp.example:8080"},
                "clockOffsetMinutes": -312,
                "kmsHostClockOffsetMinutes": 3,
                "pendingRestart": ["windows-update", "file-rename"]
              }
            """;

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String json) throws ScenarioException {
        return loader.parse("test", "test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioException fail(String json) {
        return catchThrowableOfType(ScenarioException.class, () -> load(json));
    }

    private static SimulatedSystemHealth health(Scenario scenario, boolean editionChanged) {
        return new SimulatedSystemHealth(scenario, () -> editionChanged, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
    }

    @Test
    void theSectionIsReadIntoTheRealComputersReadings() throws Exception {
        SimulatedSystemHealth health = health(load(HEAD + SYSTEM + "}"), false);

        assertThat(health.isPractice()).isTrue();
        assertThat(health.licensingService(TIMEOUT)).isEqualTo(
                ServiceReading.of(ServiceReading.State.STOPPED, ServiceReading.StartMode.DISABLED));
        OnlineReading online = health.activationServers(TIMEOUT);
        assertThat(online.outcome()).isEqualTo(OnlineReading.Outcome.PROXY_AUTHENTICATION);
        assertThat(online.proxy()).contains("proxy.corp.example:8080");
        assertThat(online.proxySource()).isEqualTo(OnlineReading.ProxySource.SCENARIO);
        assertThat(online.httpStatus()).isEqualTo(407);
        assertThat(health.pendingRestart(TIMEOUT).ordered()).containsExactly(RestartReading.Marker.WINDOWS_UPDATE,
                RestartReading.Marker.FILE_RENAME);
    }

    @Test
    void theKmsHostOfTheScenarioTellsItsTimeAndOtherHostsStaySilent() throws Exception {
        SimulatedSystemHealth health = health(load(HEAD + SYSTEM + "}"), false);

        TimeReading kms = health.hostTime("kms01.corp.example", TIMEOUT);
        assertThat(kms.offset()).contains(Duration.ofMinutes(-315)); // this computer -312, the host +3
        assertThat(kms.localTime()).isEqualTo(NOW.minus(Duration.ofMinutes(312)));
        assertThat(kms.source()).isEqualTo("kms01.corp.example (NTP)");
        assertThat(health.hostTime("old.corp.example", TIMEOUT).unknown()).map(UnknownFact::reason)
                .contains(UnknownFact.Reason.TIMED_OUT);
        assertThat(health.hostTime("elsewhere.example", TIMEOUT).offset()).isEmpty();
    }

    @Test
    void aReachableServerGivesItsTimeAndAnInspectingProxyItsIssuer() throws Exception {
        String reachable = SYSTEM.replace("{\"result\": \"proxy-authentication\", \"proxy\": \"proxy.corp.example:8080\"}",
                "{\"result\": \"reachable\"}");
        String inspected = SYSTEM.replace("\"result\": \"proxy-authentication\"",
                "\"result\": \"tls-inspected\", \"certificateIssuer\": \"CN=Corp Inspection CA\"");

        OnlineReading ok = health(load(HEAD + reachable + "}"), false).activationServers(TIMEOUT);
        OnlineReading tls = health(load(HEAD + inspected + "}"), false).activationServers(TIMEOUT);

        assertThat(ok.reachable()).isTrue();
        assertThat(ok.proxy()).isEmpty();
        assertThat(ok.serverTime().flatMap(TimeReading::offset)).contains(Duration.ofMinutes(-312));
        assertThat(tls.outcome()).isEqualTo(OnlineReading.Outcome.TLS_INTERCEPTED);
        assertThat(tls.issuer()).contains("CN=Corp Inspection CA");
    }

    @Test
    void withoutTheSectionNothingIsGuessed() throws Exception {
        SimulatedSystemHealth health = health(load(HEAD + "}"), false);

        assertThat(health.licensingService(TIMEOUT).unknown()).map(UnknownFact::reason)
                .contains(UnknownFact.Reason.NOT_IN_SCENARIO);
        assertThat(health.activationServers(TIMEOUT).outcome()).isEqualTo(OnlineReading.Outcome.UNKNOWN);
        assertThat(health.hostTime("kms01.corp.example", TIMEOUT).offset()).isEmpty();
        assertThat(health.pendingRestart(TIMEOUT).unknown()).isPresent();
    }

    @Test
    void anEditionChangeInPracticeLeavesARestartPending() throws Exception {
        assertThat(health(load(HEAD + "}"), true).pendingRestart(TIMEOUT).markers())
                .containsExactly(RestartReading.Marker.COMPONENT_SERVICING);

        SimulatedLicensingService standard = SimulatedChangesTest.practice("server2019-std-datacenter-key");
        SimulatedSystemHealth health = new SimulatedSystemHealth(standard.scenario(), standard::editionChangePending,
                Clock.systemUTC(), Duration.ZERO);
        assertThat(health.pendingRestart(TIMEOUT).pending()).isFalse();
        standard.convertEdition("ServerDatacenter", SimulatedChangesTest.publishedKey("ServerDatacenter", "2019"));
        assertThat(health.pendingRestart(TIMEOUT).markers()).contains(RestartReading.Marker.COMPONENT_SERVICING);
    }

    @Test
    void anInterruptedCallerIsCancelled() throws Exception {
        SimulatedSystemHealth health = health(load(HEAD + SYSTEM + "}"), false);
        Thread.currentThread().interrupt();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> health.licensingService(TIMEOUT));

        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }

    static java.util.List<String> builtInIds() {
        return new ScenarioCatalog().builtInIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void everySeedScenarioSaysHowItsComputerIs(String id) throws Exception {
        Scenario scenario = new ScenarioCatalog().load(id);

        assertThat(scenario.health()).as("%s has a system section", id).isPresent();
    }

    @Test
    void theSeedsTellTheirStories() throws Exception {
        ScenarioCatalog catalog = new ScenarioCatalog();
        assertThat(health(catalog.load("mak-no-internet"), false).activationServers(TIMEOUT).outcome())
                .isEqualTo(OnlineReading.Outcome.NAME_NOT_RESOLVED);
        assertThat(health(catalog.load("win10-kms-clock-skew"), false).hostTime("kms01.corp.example", TIMEOUT)
                .offset()).contains(Duration.ofMinutes(-312));
        assertThat(health(catalog.load("rds2022-rebuilt"), false).pendingRestart(TIMEOUT).pending()).isTrue();
        assertThat(health(catalog.load("win10-pro-activated"), false).licensingService(TIMEOUT).state())
                .isEqualTo(ServiceReading.State.RUNNING);
    }

    // ---- strict reading ----

    @Test
    void aMisspeltFieldIsUnknownWithItsPathAndLine() {
        ScenarioException e = fail(HEAD + SYSTEM.replace("\"clockOffsetMinutes\"", "\"clockOfsetMinutes\"") + "}");

        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(e.field()).isEqualTo("system.clockOfsetMinutes");
        assertThat(e.line()).isEqualTo(27);
    }

    @Test
    void everyFieldButTheKmsHostClockIsRequired() {
        ScenarioException e = fail(HEAD + SYSTEM.replace("\"pendingRestart\": [\"windows-update\", \"file-rename\"]",
                "\"kmsHostClockOffsetMinutes\": 0").replace(",\n    \"kmsHostClockOffsetMinutes\": 3", "") + "}");
        ScenarioException result = fail(HEAD + SYSTEM.replace("\"result\": \"proxy-authentication\", ", "") + "}");

        assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(e.field()).isEqualTo("system.pendingRestart");
        assertThat(result.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(result.field()).isEqualTo("system.internet.result");
    }

    @Test
    void anUnknownValueIsABadValueThatListsTheValues() {
        ScenarioException e = fail(HEAD + SYSTEM.replace("\"disabled\"", "\"off\"") + "}");

        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.field()).isEqualTo("system");
        assertThat(e.detail()).contains("running, stopped, disabled");
        assertThat(e.describe(Messages.of(Language.JAPANESE))).contains("test.json").contains("system");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"result\": \"proxy-authentication\"|\"result\": \"blocked\"|system.internet",
            "\"proxy\": \"proxy.corp.example:8080\"|\"proxy\": \"proxy.corp.example\"|system.internet",
            "\"proxy\": \"proxy.corp.example:8080\"|\"proxy\": \"proxy corp:8080\"|system.internet",
            "\"result\": \"proxy-authentication\", \"proxy\": \"proxy.corp.example:8080\"|\"result\": \"proxy-authentication\"|system.internet",
            "\"result\": \"proxy-authentication\"|\"result\": \"tls-inspected\"|system.internet",
            "\"result\": \"proxy-authentication\"|\"result\": \"reachable\", \"certificateIssuer\": \"CN=x\"|system.internet",
            "[\"windows-update\", \"file-rename\"]|[\"windows-update\", \"windows-update\"]|system",
            "[\"windows-update\", \"file-rename\"]|[\"reboot\"]|system"})
    void badValuesAreRejectedWithTheirPlace(String from, String to, String field) {
        String changed = SYSTEM.replace(from, to);
        assertThat(changed).as("the test changes something").isNotEqualTo(SYSTEM);

        ScenarioException e = fail(HEAD + changed + "}");

        assertThat(e).as("%s -> %s", from, to).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.line()).isPositive();
    }

    @Test
    void wrongTypesAreWrongTypes() {
        assertThat(fail(HEAD + SYSTEM.replace("-312", "\"-312\"") + "}").problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(fail(HEAD + SYSTEM.replace("-312", "-3.5") + "}").problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(fail(HEAD + ",\"system\": []}").problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(fail(HEAD + SYSTEM.replace("[\"windows-update\", \"file-rename\"]", "\"windows-update\"") + "}")
                .problem()).isEqualTo(Problem.WRONG_TYPE);
    }

    @Test
    void aNullWhereAValueBelongsIsABadValueOfTheSection() {
        ScenarioException e = fail(HEAD + SYSTEM.replace("\"disabled\"", "null") + "}");

        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.field()).isEqualTo("system");
        assertThat(e.detail()).contains("licensingService");
    }
}
