package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.DiscoveryOutcome;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.ProbeState;
import org.activationdesk.core.volume.SrvRecord;
import org.activationdesk.platform.simulated.ScenarioException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The optional {@code kmsNetwork} section: the practice network's SRV records and KMS hosts. Read as strictly as the
 * rest of a scenario, and answered by the simulated network in the real network's steps and words.
 */
class ScenarioKmsNetworkTest {

    private static final String HEAD = """
            {
              "schemaVersion": 1,
              "title": {"en": "Network", "ja": "ネットワーク"},
              "summary": {"en": "A machine with a practice network.", "ja": "練習用ネットワークのあるマシンです。"},
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
              "onlineActivation": "success"
            """;

    private static final String NETWORK = """
              ,"kmsNetwork": {
                "srv": [
                  {"domain": "corp.example", "records": [
                    {"target": "kms01.corp.example", "port": 1688, "priority": 0, "weight": 10, "ttl": 600},
                    {"target": "kms02.corp.example", "port": 1689, "priority": 5, "weight": 0}
                  ]},
                  {"domain": "empty.example", "records": []}
                ],
                "hosts": [
                  {"host": "kms01.corp.example", "port": 1688, "address": "192.0.2.10", "state": "kms"},
                  {"host": "kms02.corp.example", "port": 1689, "address": "192.0.2.11", "state": "not-kms"},
                  {"host": "fw.corp.example", "address": "192.0.2.12", "state": "timeout"},
                  {"host": "gone.corp.example", "state": "unresolved"}
                ]
              }
            """;

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String json) throws ScenarioException {
        return loader.parse("test", "test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioException fail(String json) {
        return catchThrowableOfType(ScenarioException.class, () -> load(json));
    }

    private SimulatedKmsNetwork network(String json) throws ScenarioException {
        return new SimulatedKmsNetwork(load(json).network(), Duration.ZERO);
    }

    @Test
    void withoutTheSectionNoDomainHasARecordAndNoHostResolves() throws Exception {
        SimulatedKmsNetwork network = network(HEAD + "}");

        assertThat(network.isPractice()).isTrue();
        assertThat(network.discover(new DnsDomain("corp.example"), Optional.empty(), TIMEOUT).outcome())
                .isEqualTo(DiscoveryOutcome.NO_SUCH_NAME);
        assertThat(network.probe(new KmsEndpoint("kms01.corp.example", 1688), TIMEOUT).state())
                .isEqualTo(ProbeState.UNRESOLVED);
    }

    @Test
    void listedDomainsAnswerWithTheirRecordsAndOthersDoNotExist() throws Exception {
        SimulatedKmsNetwork network = network(HEAD + NETWORK + "}");

        DiscoveryResult found = network.discover(new DnsDomain("corp.example"), Optional.empty(), TIMEOUT);
        assertThat(found.records()).containsExactly(new SrvRecord("kms01.corp.example", 1688, 0, 10, 600),
                new SrvRecord("kms02.corp.example", 1689, 5, 0, 3600));
        assertThat(found.clientChoice(new Random(3))).map(SrvRecord::target).contains("kms01.corp.example");
        assertThat(network.discover(new DnsDomain("empty.example"), Optional.empty(), TIMEOUT).outcome())
                .isEqualTo(DiscoveryOutcome.NO_RECORDS);
        assertThat(network.discover(new DnsDomain("other.example"), Optional.empty(), TIMEOUT).clientCode())
                .contains(DiscoveryResult.NO_SRV_RECORD);
    }

    @ParameterizedTest
    @CsvSource({
            "kms01.corp.example, 1688, kms",
            "192.0.2.10, 1688, kms",
            "kms01.corp.example, 1700, refused",
            "kms02.corp.example, 1689, not-kms",
            "fw.corp.example, 1688, timeout",
            "gone.corp.example, 1688, unresolved",
            "unknown.corp.example, 1688, unresolved"})
    void hostsAnswerTheProbeAsTheScenarioSays(String host, int port, String state) throws Exception {
        ProbeResult result = network(HEAD + NETWORK + "}").probe(new KmsEndpoint(host, port), TIMEOUT);

        assertThat(result.state().jsonName()).isEqualTo(state);
        Messages ja = Messages.of(Language.JAPANESE);
        assertThat(result.summary().in(ja)).doesNotContain("!volume");
        result.steps().forEach(s -> assertThat(s.evidence().in(ja)).doesNotContain("!volume"));
    }

    @Test
    void aProbeOfAnInterruptedCallerIsCancelled() throws Exception {
        SimulatedKmsNetwork network = network(HEAD + NETWORK + "}");
        Thread.currentThread().interrupt();

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> network.probe(new KmsEndpoint("kms01.corp.example", 1688), TIMEOUT));

        assertThat(thrown).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void theSeedScenariosHaveTheirNetworks() throws Exception {
        ScenarioCatalog catalog = new ScenarioCatalog();
        SimulatedKmsNetwork noSrv = new SimulatedKmsNetwork(catalog.load("win10-pro-kms-no-srv").network(), Duration.ZERO);
        SimulatedKmsNetwork host = new SimulatedKmsNetwork(catalog.load("kms-host-below-threshold").network(),
                Duration.ZERO);
        DnsDomain corp = new DnsDomain("corp.example");

        assertThat(noSrv.discover(corp, Optional.empty(), TIMEOUT).outcome()).isEqualTo(DiscoveryOutcome.NO_SUCH_NAME);
        DiscoveryResult published = host.discover(corp, Optional.empty(), TIMEOUT);
        assertThat(published.records()).extracting(SrvRecord::target).containsExactly("kms01.corp.example");
        assertThat(host.probe(KmsEndpoint.of(published.records().get(0)), TIMEOUT).state()).isEqualTo(ProbeState.KMS);
    }

    // ---- strict reading ----

    @Test
    void aMisspeltFieldIsUnknownWithItsPath() {
        ScenarioException e = fail(HEAD + NETWORK.replace("\"weight\": 10", "\"wieght\": 10") + "}");

        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(e.field()).isEqualTo("kmsNetwork.srv[0].records[0].wieght");
        assertThat(e.line()).isEqualTo(20);
    }

    @Test
    void aMissingListIsNamed() {
        ScenarioException e = fail(HEAD + ",\"kmsNetwork\": {\"srv\": []}}");

        assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(e.field()).isEqualTo("kmsNetwork.hosts");
    }

    @Test
    void anUnknownStateIsABadValueThatListsTheStates() {
        ScenarioException e = fail(HEAD + NETWORK.replace("\"not-kms\"", "\"notkms\"") + "}");

        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.field()).isEqualTo("kmsNetwork.hosts[1]");
        assertThat(e.detail()).contains("unresolved, refused, timeout, not-kms, kms");
        assertThat(e.describe(Messages.of(Language.JAPANESE))).contains("test.json").contains("kmsNetwork.hosts[1]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"address\": \"192.0.2.10\", \"state\": \"kms\"|\"state\": \"kms\"|kmsNetwork.hosts[0]",
            "{\"host\": \"gone.corp.example\", \"state\": \"unresolved\"}|{\"host\": \"gone.corp.example\", \"address\": \"192.0.2.9\", \"state\": \"unresolved\"}|kmsNetwork.hosts[3]",
            "\"port\": 1689, \"priority\"|\"port\": 0, \"priority\"|kmsNetwork.srv[0].records[1]",
            "\"weight\": 10|\"weight\": 70000|kmsNetwork.srv[0].records[0]",
            "\"target\": \"kms01.corp.example\"|\"target\": \"kms 01\"|kmsNetwork.srv[0].records[0]",
            "\"domain\": \"empty.example\"|\"domain\": \"192.0.2.1\"|kmsNetwork.srv[1]",
            "\"domain\": \"empty.example\"|\"domain\": \"corp.example\"|kmsNetwork",
            "\"host\": \"fw.corp.example\"|\"host\": \"kms01.corp.example\", \"port\": 1688|kmsNetwork",
            "\"host\": \"fw.corp.example\"|\"host\": \"fw.corp.example:1688\"|kmsNetwork.hosts[2]"})
    void badValuesAreRejectedWithTheirPlace(String from, String to, String field) {
        String changed = NETWORK.replace(from, to);
        assertThat(changed).as("the test changes something").isNotEqualTo(NETWORK);

        ScenarioException e = fail(HEAD + changed + "}");

        assertThat(e).as("%s -> %s", from, to).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.line()).isPositive();
    }

    @Test
    void wrongTypesAreWrongTypes() {
        assertThat(fail(HEAD + NETWORK.replace("\"port\": 1689", "\"port\": \"1689\"") + "}").problem())
                .isEqualTo(Problem.WRONG_TYPE);
        assertThat(fail(HEAD + ",\"kmsNetwork\": []}").problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(fail(HEAD + ",\"kmsNetwork\": {\"srv\": {}, \"hosts\": []}}").problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(fail(HEAD + ",\"kmsNetwork\": {\"srv\": [null], \"hosts\": []}}").problem())
                .isEqualTo(Problem.BAD_VALUE);
    }
}
