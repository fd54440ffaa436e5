package org.activationdesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.activationdesk.cli.DeskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check-key} and {@code plan} on the real composition root and the built-in practice scenarios: exit codes,
 * JSON fields, both languages, and never a whole key in the output. Keys are published GVLKs or fail the checksum.
 */
@ExtendWith(IsolatedHome.class)
class CliKeyCommandsTest {

    /** A whole product key, with or without hyphens; no output may contain one. */
    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-?[A-Z0-9]{5}){4}");
    private static final String PRO = "W269N-WFGWX-YVC9B-4J6C9-T83GX";
    private static final String STANDARD_2019 = "N69G4-B89J2-4G8F4-WWYCC-J464C";
    private static final String DATACENTER_2019 = "WMDGN-G9PQG-XVVXX-R3X43-63DFG";
    private static final String ESSENTIALS_2019 = "WVDHN-86M7X-466P6-VHXV7-YY726";
    private static final String TYPO = "W269N-WFGWX-YVC9B-4J6C9-T83GY"; // fails the checksum
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = DeskCli.run(new CliMachines(), o, e, args);
        }
        Result result = new Result(code, out.toString(), err.toString());
        assertThat(result.out()).as("stdout of %s", List.of(args)).doesNotContainPattern(FULL_KEY);
        assertThat(result.err()).as("stderr of %s", List.of(args)).doesNotContainPattern(FULL_KEY);
        return result;
    }

    static Result runWithInput(String input, String... args) {
        InputStream previous = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(previous);
        }
    }

    static JsonNode json(Result result) throws IOException {
        assertThat(result.out()).as("stdout").isNotBlank();
        return JSON.readTree(result.out());
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asText()));
        return values;
    }

    // ---- check-key ----

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "W269N-WFGWX-YVC9B-4J6C9-T83GX, Professional, Windows 11 Pro / Windows 10 Pro, 3311",
            "NPPR9-FWDCX-D2C8J-H872K-2YT43, Enterprise, Windows 11 Enterprise / Windows 10 Enterprise, 3290",
            "WMDGN-G9PQG-XVVXX-R3X43-63DFG, ServerDatacenter, Windows Server 2019 Datacenter, 4300",
            "N69G4-B89J2-4G8F4-WWYCC-J464C, ServerStandard, Windows Server 2019 Standard, 4297",
            "CB7KF-BWN84-R7R2Y-793K2-8XDDG, ServerDatacenter, Windows Server 2016 Datacenter, 3764",
            "WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY, ServerStandard, Windows Server 2016 Standard, 3776"})
    void checkKeyIdentifiesTheSeedKeys(String key, String editionId, String product, int groupId) throws IOException {
        Result result = run("check-key", "--json", "--lang", "en", key);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.err()).isEmpty();
        JsonNode root = json(result);
        assertThat(root.path("valid").asBoolean()).isTrue();
        assertThat(root.path("format").asText()).isEqualTo("pkey2009");
        assertThat(root.path("checksum").asText()).isEqualTo("ok");
        assertThat(root.path("masked").asText()).isEqualTo("*****-*****-*****-*****-" + key.substring(24));
        assertThat(root.path("gvlk").asBoolean()).isTrue();
        assertThat(root.path("identifiedBy").asText()).isEqualTo("gvlk");
        assertThat(root.path("product").asText()).isEqualTo(product);
        assertThat(root.path("editionId").asText()).isEqualTo(editionId);
        assertThat(root.path("channel").asText()).isEqualTo("Volume:GVLK");
        assertThat(root.path("groupId").asInt()).isEqualTo(groupId);
        assertThat(root.path("problems").isArray()).isTrue();
        assertThat(root.path("problems")).isEmpty();
        assertThat(root.path("suggestions")).isEmpty();
    }

    @Test
    void checkKeyOfALegacyKeySaysItCannotBeCheckedOffline() throws IOException {
        Result result = run("check-key", "--json", "--lang", "en", "74YFP-3QFB3-KQT8W-PMXWJ-7M648");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        assertThat(root.path("format").asText()).isEqualTo("pkey2005");
        assertThat(root.path("checksum").asText()).isEqualTo("n/a");
        assertThat(root.path("gvlk").asBoolean()).isTrue();
        assertThat(root.path("groupId").isNull()).isTrue();
        assertThat(texts(root.path("notes"), "code")).containsExactly("LEGACY_FORMAT");
    }

    @Test
    void checkKeyWithATypoIsInvalidAndOffersTheOnePositionTheChecksumAllows() throws IOException {
        Result result = run("check-key", "--json", "--lang", "en", TYPO);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(root.path("valid").asBoolean()).isFalse();
        assertThat(root.path("checksum").asText()).isEqualTo("bad");
        assertThat(root.path("gvlk").asBoolean()).isFalse();
        assertThat(root.path("groupId").isNull()).isTrue();
        assertThat(texts(root.path("problems"), "code")).containsExactly("BAD_CHECKSUM");
        assertThat(root.path("problems").get(0).path("message").asText()).contains("typing error");
        JsonNode first = root.path("suggestions").get(0);
        assertThat(root.path("suggestions").size()).isBetween(1, 5);
        assertThat(root.path("suggestions").findValues("position")).extracting(JsonNode::asInt).contains(25);
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("position", "from", "to");
    }

    @Test
    void checkKeyReportsAnImpossibleCharacterWithItsPosition() throws IOException {
        Result result = run("check-key", "--json", "--lang", "ja", "W269N-WFGWX-YVC9B-4J6C9-T83G0");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode problem = json(result).path("problems").get(0);
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_CHARACTER");
        assertThat(problem.path("positions").get(0).asInt()).isEqualTo(25);
        assertThat(problem.path("message").asText()).contains("25 文字目").contains("「0」");
    }

    @Test
    void checkKeyWithWrongLengthOffersNothing() throws IOException {
        Result result = run("check-key", "--json", "--lang", "en", "W269N-WFGWX-YVC9B-4J6C9");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(texts(root.path("problems"), "code")).containsExactly("WRONG_LENGTH");
        assertThat(root.path("suggestions")).isEmpty();
        assertThat(root.path("format").asText()).isEqualTo("unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "“ ”"})
    void checkKeyOfNothingIsUnusableInput(String typed) {
        Result result = run("check-key", "--lang", "en", typed);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("No product key was entered.");
    }

    @Test
    void checkKeyWithoutAKeyIsUnusableInput() {
        assertThat(run("check-key", "--lang", "en").code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
    }

    @Test
    void checkKeyTakesFiveUnquotedGroupsAndFullWidthText() throws IOException {
        Result groups = run("check-key", "--json", "--lang", "en", "W269N", "WFGWX", "YVC9B", "4J6C9", "T83GX");
        Result fullWidth = run("check-key", "--json", "--lang", "ja", "ｗ２６９ｎ－ｗｆｇｗｘ－ｙｖｃ９ｂ－４ｊ６ｃ９－ｔ８３ｇｘ");

        assertThat(groups.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(json(groups).path("editionId").asText()).isEqualTo("Professional");
        assertThat(fullWidth.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(texts(json(fullWidth).path("notes"), "code")).containsExactly("FULL_WIDTH_CONVERTED");
    }

    @Test
    void checkKeyReadsTheKeyFromStandardInputWithADash() throws IOException {
        Result result = runWithInput(DATACENTER_2019 + "\n", "check-key", "--json", "--lang", "en", "-");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(json(result).path("editionId").asText()).isEqualTo("ServerDatacenter");
    }

    @Test
    void checkKeyTextSpeaksBothLanguages() {
        Result english = run("check-key", "--lang", "en", TYPO);
        Result japanese = run("check-key", "--lang", "ja", TYPO);

        assertThat(english.out()).contains("Product key: *****-*****-*****-*****-T83GY").contains("Not a valid")
                .contains("Did you mean").contains("character 25 (group 5)");
        assertThat(japanese.out()).contains("プロダクト キー: *****-*****-*****-*****-T83GY").contains("入力ミス")
                .contains("25 文字目");
        assertThat(run("check-key", "--lang", "ja", PRO).out()).contains("エディション: Professional")
                .contains("KMS クライアント").contains("グループ 3311");
    }

    @Test
    void checkKeyUsesTheScenariosKeyConfigurationsInPracticeMode(@TempDir Path dir) throws IOException {
        // Microsoft documents no EditionID for the Server 2019 Essentials GVLK; a scenario can declare its range.
        String scenario = Files.readString(Path.of("resources/scenarios/server2019-std-datacenter-key.json"), UTF_8)
                .replace("\"groupId\": 4297", "\"groupId\": 4332").replace("\"editionId\": \"ServerStandard\",\n"
                        + "      \"productKeyType\"", "\"editionId\": \"ServerSolution\",\n      \"productKeyType\"");
        Path file = dir.resolve("essentials.json");
        Files.writeString(file, scenario, UTF_8);

        JsonNode without = json(run("check-key", "--json", "--lang", "en", ESSENTIALS_2019));
        Result with = run("check-key", "--json", "--lang", "en", "--scenario", file.toString(), ESSENTIALS_2019);

        assertThat(without.path("editionId").isNull()).isTrue();
        assertThat(with.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(json(with).path("editionId").asText()).isEqualTo("ServerSolution");
        assertThat(json(with).path("scenario").path("id").asText()).isEqualTo("essentials");
    }

    @Test
    void checkKeyWithABadScenarioIsBadInput() {
        Result result = run("check-key", "--lang", "en", "--scenario", "no-such-thing", PRO);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("no-such-thing");
    }

    // ---- plan ----

    @ParameterizedTest(name = "{0}")
    @CsvSource({"N69G4-B89J2-4G8F4-WWYCC-J464C, ServerStandard", "WMDGN-G9PQG-XVVXX-R3X43-63DFG, ServerDatacenter"})
    void planOnTheExpiredEvaluationDomainControllerIsAConversionThatIsBlocked(String key, String target)
            throws IOException {
        Result result = run("plan", "--json", "--lang", "en", "--scenario", "server2019-eval-expired", "--key", key);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(result.err()).isEmpty();
        JsonNode root = json(result);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("scenario").path("id").asText()).isEqualTo("server2019-eval-expired");
        assertThat(root.path("machine").path("editionId").asText()).isEqualTo("ServerStandardEval");
        assertThat(root.path("blocked").asBoolean()).isTrue();
        assertThat(texts(root.path("steps"), "step")).containsExactly("CONVERT_EDITION", "RESTART", "ACTIVATE_WITH_KMS");
        assertThat(root.path("steps").get(0).path("targetEditionId").asText()).isEqualTo(target);
        assertThat(root.path("steps").get(0).path("maskedKey").asText()).isEqualTo("*****-*****-*****-*****-"
                + key.substring(24));
        assertThat(root.path("steps").get(0).path("text").asText()).contains("DISM /Online /Set-Edition:" + target);
        assertThat(texts(root.path("blockers"), "blocker")).containsExactly("DOMAIN_CONTROLLER_EVALUATION");
        assertThat(root.path("blockers").get(0).path("text").asText()).contains("domain controller");
        assertThat(texts(root.path("warnings"), "warning")).containsExactly("GVLK_NEEDS_KMS_HOST");
        assertThat(root.path("key").path("gvlk").asBoolean()).isTrue();
    }

    @Test
    void planOnStandardWithTheDatacenterKeyConvertsRestartsAndActivates() throws IOException {
        Result result = run("plan", "--json", "--lang", "ja", "--scenario", "server2019-std-datacenter-key", "--key",
                DATACENTER_2019);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        assertThat(root.path("verdict").asText()).isEqualTo("NEEDS_CONVERSION");
        assertThat(root.path("targetEditionId").asText()).isEqualTo("ServerDatacenter");
        assertThat(root.path("restartNeeded").asBoolean()).isTrue();
        assertThat(texts(root.path("steps"), "step")).containsExactly("CONVERT_EDITION", "RESTART", "ACTIVATE_WITH_KMS");
        assertThat(root.path("blockers")).isEmpty();
        assertThat(texts(root.path("warnings"), "warning")).containsExactly("GVLK_NEEDS_KMS_HOST");
        assertThat(root.path("warnings").get(0).path("text").asText()).contains("KMS クライアント キー");
        assertThat(root.path("steps").get(1).path("text").asText()).contains("再起動");
        assertThat(root.path("key").path("editionId").asText()).isEqualTo("ServerDatacenter");
    }

    @Test
    void planTextListsStepsBlockersAndWarnings() {
        Result english = run("plan", "--lang", "en", "--scenario", "server2019-eval-expired", "--key", STANDARD_2019);
        Result japanese = run("plan", "--lang", "ja", "--scenario", "server2019-eval-expired", "--key", STANDARD_2019);

        assertThat(english.out()).contains("Steps:").contains("  1. Convert the edition to ServerStandard")
                .contains("  2. Restart").contains("Blocked:").contains("Warnings:");
        assertThat(japanese.out()).contains("手順:").contains("  1. 管理者として").contains("実行できない理由:")
                .contains("注意:").contains("ServerStandardEval、ドメイン コントローラー");
    }

    @Test
    void planWithAClientKeyOnAServerIsBlocked() throws IOException {
        Result result = run("plan", "--json", "--lang", "en", "--scenario", "server2019-std-datacenter-key", "--key", PRO);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(texts(json(result).path("blockers"), "blocker")).containsExactly("CLIENT_KEY_ON_SERVER");
        assertThat(json(result).path("steps")).isEmpty();
    }

    @Test
    void planWithAnInvalidKeyIsBadInputAndSaysWhy() {
        Result result = run("plan", "--lang", "en", "--scenario", "server2019-std-datacenter-key", "--key", TYPO);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("the key is not valid").contains("typing error");
    }

    @Test
    void planWithoutAKeyIsBadUsage() {
        Result result = run("plan", "--lang", "en", "--scenario", "server2019-std-datacenter-key");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("--key");
    }

    @Test
    void planReadsTheKeyFromStandardInput() throws IOException {
        Result result = runWithInput(DATACENTER_2019, "plan", "--json", "--lang", "en", "--scenario",
                "server2019-std-datacenter-key", "--key", "-");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(json(result).path("targetEditionId").asText()).isEqualTo("ServerDatacenter");
    }

    // ---- plan --switch-to ----

    @Test
    void switchingAKmsHostBackToAClientPlansThePublishedKeyMaskedAndExplainsTheCount() throws IOException {
        Result result = run("plan", "--switch-to", "kms", "--json", "--lang", "en", "--scenario",
                "kms-host-below-threshold");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        assertThat(root.path("change").path("switchTo").asText()).isEqualTo("kms");
        assertThat(root.path("change").path("kind").asText()).isEqualTo("HOST_TO_CLIENT");
        assertThat(root.path("change").path("from").asText()).isEqualTo("KMS_HOST");
        assertThat(root.path("change").path("publishedKeyFor").asText()).isEqualTo("Windows Server 2019 Standard");
        assertThat(root.path("change").path("kmsHost").isNull()).isTrue();
        assertThat(root.path("key").path("masked").asText()).isEqualTo("*****-*****-*****-*****-J464C");
        assertThat(root.path("key").path("gvlk").asBoolean()).isTrue();
        assertThat(texts(root.path("steps"), "step")).containsExactly("INSTALL_KEY", "REMOVE_SRV_RECORD",
                "ACTIVATE_WITH_KMS");
        assertThat(texts(root.path("warnings"), "warning")).contains("KMS_HOST_BELOW_THRESHOLD", "HOST_STOPS_SERVING");
        assertThat(root.path("verdictText").asText()).contains("stops activating other computers");
    }

    @Test
    void aKmsClientGetsTheTypedHostSetAndAStandardUserIsWarned() throws IOException {
        Result text = run("plan", "--switch-to", "KMS", "--kms-host", "kms01.corp.example", "--lang", "ja",
                "--scenario", "win10-pro-kms-no-srv");
        Result json = run("plan", "--switch-to", "kms", "--kms-host", "kms01.corp.example:1688", "--json",
                "--scenario", "win10-pro-kms-no-srv");

        assertThat(text.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(text.out()).contains("このコンピューターを切り替えるプラン").contains("kms01.corp.example:1688")
                .contains("slmgr /skms");
        JsonNode root = json(json);
        assertThat(root.path("key").isNull()).as("a KMS client keeps its key").isTrue();
        assertThat(root.path("verdict").isNull()).isTrue();
        assertThat(texts(root.path("steps"), "step")).containsExactly("SET_KMS_HOST", "ACTIVATE_WITH_KMS");
        assertThat(root.path("steps").get(0).path("kmsHost").asText()).isEqualTo("kms01.corp.example:1688");
        assertThat(texts(root.path("warnings"), "warning")).containsExactly("NOT_ELEVATED");
    }

    @Test
    void aMakSwitchTakesTheKeyAndRefusesAKmsClientKey() throws IOException {
        Result result = run("plan", "--switch-to", "mak", "--by-phone", "--json", "--lang", "en", "--scenario",
                "mak-no-internet", "--key", PRO);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(root.path("change").path("kind").asText()).isEqualTo("TO_MAK");
        assertThat(texts(root.path("blockers"), "blocker")).containsExactly("GVLK_IS_NOT_A_MAK");
        assertThat(root.path("steps")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--switch-to kmz                                 | kms or mak",
            "--switch-to kms --key W269N-WFGWX-YVC9B-4J6C9-T83GX | leave out --key",
            "--switch-to mak                                 | needs your MAK",
            "--kms-host kms01 --key W269N-WFGWX-YVC9B-4J6C9-T83GX | --kms-host goes with --switch-to kms",
            "--switch-to kms --by-phone                      | --by-phone goes with --switch-to mak",
            "--switch-to kms --kms-host kms01:99999           | 65535"})
    void optionsThatDoNotGoTogetherAreBadInputAndSayWhy(String options, String message) {
        List<String> args = new ArrayList<>(List.of("plan", "--lang", "en", "--scenario", "win10-pro-kms-no-srv"));
        args.addAll(List.of(options.strip().split("\\s+")));

        Result result = run(args.toArray(String[]::new));

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(message);
    }

    @Test
    void helpListsTheNewCommands() {
        Result result = run("--help");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.out()).contains("check-key").contains("plan");
    }
}
