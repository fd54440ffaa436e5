package org.activationdesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.activationdesk.app.CliContractTest.json;
import static org.activationdesk.app.CliContractTest.machinesWith;
import static org.activationdesk.app.CliContractTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.app.CliContractTest.Result;
import org.activationdesk.cli.DeskCli;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code rds-status}: what it prints about the RD license server and the exit codes scripts rely on. */
@ExtendWith(IsolatedHome.class)
class CliRdsStatusTest {

    private static final String REBUILT = "rds2022-rebuilt";
    private static final String WORKGROUP = "rds2019-workgroup-per-user";

    @Test
    void theRebuiltServerNeedsActivationAndCalsInBothLanguages() {
        Result english = run("rds-status", "--lang", "en", "--scenario", REBUILT);
        Result japanese = run("rds-status", "--lang", "ja", "--scenario", REBUILT);

        assertThat(english.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(english.err()).isEmpty();
        assertThat(english.out()).contains("RD license server: Not activated")
                .contains("License server ID: None yet: the server is not activated")
                .contains("Product ID: 00454-40000-00001-AT275").contains("Licensing database: C:\\Windows\\System32\\LServer")
                .contains("No CAL key packs are installed.")
                .contains("Problem: The license server is not activated");
        assertThat(japanese.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(japanese.out()).contains("RD ライセンス サーバー: 未認証").contains("プロダクト ID: 00454-40000-00001-AT275")
                .contains("問題：");
    }

    @Test
    void jsonGivesTheIdBothWaysTheKeyPacksAndTheFindings() throws IOException {
        Result result = run("rds-status", "--json", "--lang", "en", "--scenario", WORKGROUP);

        assertThat(result.code()).as("per-user CALs in a workgroup need attention").isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("scenario").path("id").asText()).isEqualTo(WORKGROUP);
        assertThat(root.path("computerName").asText()).isEqualTo("RDS-WG01");
        assertThat(root.path("roleInstalled").asBoolean()).isTrue();
        assertThat(root.path("activationStatus").asText()).isEqualTo("ACTIVATED");
        assertThat(root.path("licenseServerId").asText()).isEqualTo("PRACTICESERVER2019WORKGROUP00000001");
        assertThat(root.path("licenseServerIdGrouped").asText())
                .isEqualTo("PRACT ICESE RVER2 019WO RKGRO UP000 00001");
        assertThat(root.path("productId").asText()).isEqualTo("00000-11111-22222-PR019");
        assertThat(root.path("databasePath").asText()).isEqualTo("C:\\Windows\\System32\\LServer");
        assertThat(root.path("availableLicenses").asInt()).isEqualTo(3);
        JsonNode pack = root.path("keyPacks").get(0);
        assertThat(pack.path("keyPackId").asInt()).isEqualTo(2);
        assertThat(pack.path("calType").asText()).isEqualTo("PER_USER");
        assertThat(pack.path("keyPackType").asText()).isEqualTo("RETAIL_PURCHASE");
        assertThat(pack.path("productVersion").asText()).isEqualTo("Windows Server 2019");
        assertThat(pack.has("expirationDate")).isTrue();
        List<String> kinds = new ArrayList<>();
        root.path("findings").forEach(f -> kinds.add(f.path("kind").asText()));
        assertThat(kinds).startsWith("PER_USER_IN_WORKGROUP").contains("SESSION_HOSTS_SERVED");
        assertThat(root.path("needsAttention").asBoolean()).isTrue();
    }

    @Test
    void anActivatedServerWithCalsToIssueIsExitZero(@TempDir Path dir) throws IOException {
        Path inDomain = dir.resolve("rds-in-domain.json");
        Files.writeString(inDomain, Files.readString(Path.of("resources/scenarios", WORKGROUP + ".json"), UTF_8)
                .replace("\"domainRole\": \"STANDALONE_SERVER\",", "\"domainRole\": \"MEMBER_SERVER\",\n    \"domain\": \"corp.example\","),
                UTF_8);

        Result result = run("rds-status", "--lang", "en", "--scenario", inDomain.toString());

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.out()).contains("License server ID: PRACT ICESE RVER2 019WO RKGRO UP000 00001")
                .contains("No. 2: Per user, Windows Server 2019, Retail purchase; 10 in total, 0 available, 10 issued")
                .contains("The license server is activated and has CALs to issue.");
    }

    @Test
    void noRoleIsAFindingAndSaysSo() throws IOException {
        Result result = run("rds-status", "--json", "--lang", "en", "--scenario", "win10-pro-activated");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(root.path("roleInstalled").asBoolean()).isFalse();
        assertThat(root.path("activationStatus").isNull()).isTrue();
        assertThat(root.path("findings").get(0).path("kind").asText()).isEqualTo("ROLE_NOT_INSTALLED");
    }

    @Test
    void aLicenseServerThatCannotBeReadIsAnEnvironmentProblem() {
        ReadOnlyLicensingService windows = new ReadOnlyLicensingService() {
            @Override
            public MachineSnapshot snapshot() {
                throw new UnsupportedOperationException("not needed when the license server cannot be read");
            }
        };
        Result result = run(machinesWith(windows, () -> {
            throw new LicensingException(new Hresult(0x80041003), "Access denied");
        }), "rds-status", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("0x80041003").contains("Access denied by WMI");
    }

    @Test
    void anUnloadableScenarioIsBadInput() {
        Result result = run("rds-status", "--scenario", "no-such-scenario");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("no-such-scenario");
    }
}
