package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.platform.simulated.ScenarioException.Problem;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code keyConfigurations} section: the practice machine's stand-in for pkeyconfig. Read as strictly as
 * the rest of a scenario, and answered by the simulated service through the {@code KeyConfigurations} port.
 */
class ScenarioKeyConfigurationsTest {

    private static final String HEAD = """
            {
              "schemaVersion": 1,
              "title": {"en": "Key ranges", "ja": "キーの範囲"},
              "summary": {"en": "A machine that knows two key ranges.", "ja": "2 つのキー範囲を知っているマシンです。"},
              "machine": {
                "computerName": "SRV-01",
                "osName": "Windows Server 2019 Standard",
                "version": "10.0.17763",
                "build": 17763,
                "editionId": "ServerStandard",
                "domainRole": "MEMBER_SERVER",
                "elevated": true
              },
              "products": [],
              "onlineActivation": "success"
            """;

    private static final String RANGES = """
              ,"keyConfigurations": [
                {"groupId": 4300, "serialFrom": 0, "serialTo": 0, "editionId": "ServerDatacenter",
                 "productKeyType": "Volume:GVLK", "description": "Server 2019 Datacenter KMS client"},
                {"groupId": 9999, "serialFrom": 100, "serialTo": 199, "editionId": "ServerStandard",
                 "productKeyType": "Volume:MAK", "description": "a training range"}
              ]
            """;

    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario load(String json) throws ScenarioException {
        return loader.parse("test", "test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private ScenarioException fail(String json) {
        return catchThrowableOfType(ScenarioException.class, () -> load(json));
    }

    @Test
    void theSectionIsOptional() throws ScenarioException {
        Scenario scenario = load(HEAD + "}");

        assertThat(scenario.keyConfigurations()).isEmpty();
        SimulatedLicensingService service = new SimulatedLicensingService(scenario, Clock.systemUTC(), Duration.ZERO);
        assertThat(service.find(4300, 0)).isEmpty();
    }

    @Test
    void theServiceAnswersByGroupAndSerialRange() throws ScenarioException {
        SimulatedLicensingService service = new SimulatedLicensingService(load(HEAD + RANGES + "}"),
                Clock.systemUTC(), Duration.ZERO);

        KeyConfiguration datacenter = service.find(4300, 0).orElseThrow();
        assertThat(datacenter.editionId()).isEqualTo("ServerDatacenter");
        assertThat(datacenter.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(service.find(4300, 1)).isEmpty();
        assertThat(service.find(9999, 100)).isPresent();
        assertThat(service.find(9999, 199).orElseThrow().channel()).isEqualTo(Channel.MAK);
        assertThat(service.find(9999, 200)).isEmpty();
        assertThat(service.find(4297, 0)).isEmpty();
    }

    @Test
    void theBuiltInServerScenariosKnowTheServer2019GvlkGroups() throws ScenarioException {
        for (String id : new String[] {"server2019-std-datacenter-key", "server2019-eval-expired"}) {
            Scenario scenario = new ScenarioCatalog().load(id);
            SimulatedLicensingService service = new SimulatedLicensingService(scenario, Clock.systemUTC(),
                    Duration.ZERO);
            assertThat(service.find(4300, 0).orElseThrow().editionId()).as(id).isEqualTo("ServerDatacenter");
            assertThat(service.find(4297, 0).orElseThrow().editionId()).as(id).isEqualTo("ServerStandard");
            assertThat(service.find(4300, 0).orElseThrow().productKeyType()).isEqualTo("Volume:GVLK");
        }
    }

    @Test
    void anUnknownProductKeyTypeIsABadValueWithItsField() {
        ScenarioException e = fail(HEAD + RANGES.replace("Volume:MAK", "Volume:MAC") + "}");

        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.field()).isEqualTo("keyConfigurations[1]");
        assertThat(e.detail()).contains("productKeyType");
    }

    @Test
    void aMisspeltFieldIsUnknown() {
        ScenarioException e = fail(HEAD + RANGES.replace("\"serialTo\": 199", "\"serialUntil\": 199") + "}");

        assertThat(e.problem()).isIn(Problem.UNKNOWN_FIELD, Problem.MISSING_FIELD);
        assertThat(e.field()).startsWith("keyConfigurations[1]");
    }

    @Test
    void aMissingFieldIsNamed() {
        ScenarioException e = fail(HEAD + RANGES.replace("\"editionId\": \"ServerStandard\",", "") + "}");

        assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(e.field()).isEqualTo("keyConfigurations[1].editionId");
    }

    @Test
    void badRangesAreRejected() {
        assertThat(fail(HEAD + RANGES.replace("\"serialFrom\": 100", "\"serialFrom\": 300") + "}").problem())
                .isEqualTo(Problem.BAD_VALUE);
        assertThat(fail(HEAD + RANGES.replace("9999", "2000000") + "}").problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(fail(HEAD + RANGES.replace("\"groupId\": 4300", "\"groupId\": \"4300\"") + "}").problem())
                .isEqualTo(Problem.WRONG_TYPE);
    }

    @Test
    void overlappingRangesOfOneGroupAreRejected() {
        String overlapping = RANGES.replace("9999", "4300").replace("\"serialFrom\": 100", "\"serialFrom\": 0");

        ScenarioException e = fail(HEAD + overlapping + "}");

        assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(e.detail()).contains("overlap");
        assertThat(e.describe(Messages.of(Language.JAPANESE))).contains("test.json");
    }

    @Test
    void aNullEntryIsABadValue() {
        assertThat(fail(HEAD + ",\"keyConfigurations\": [null]}").problem()).isEqualTo(Problem.BAD_VALUE);
        assertThat(fail(HEAD + ",\"keyConfigurations\": {}}").problem()).isEqualTo(Problem.WRONG_TYPE);
    }
}
