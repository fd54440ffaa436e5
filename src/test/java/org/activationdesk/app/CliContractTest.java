package org.activationdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activationdesk.cli.DeskCli;
import org.activationdesk.cli.Machines;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.platform.simulated.ScenarioNetwork;
import org.activationdesk.platform.simulated.SimulatedKmsNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command-line contract scripts rely on: commands, options, exit codes (0 ok, 1 finding, 2 bad input,
 * 3 environment) and the fields of {@code status --json}. Runs the CLI in-process on the real composition
 * root ({@link CliMachines}) and the built-in practice scenarios.
 */
@ExtendWith(IsolatedHome.class)
class CliContractTest {

    /** For hand-made machines: a network where no name has a record and no host resolves; it sends nothing. */
    private static final KmsNetwork NO_NETWORK = new SimulatedKmsNetwork(ScenarioNetwork.EMPTY, Duration.ZERO);

    /** A whole product key; no output may ever contain one. */
    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
    private static final Pattern HRESULT = Pattern.compile("^0x[0-9A-F]{8}$");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final String HEALTHY = "win10-pro-activated";
    /**
     * The scenarios where {@code status} finds nothing to do: Windows and any RD license server are activated. (The
     * workgroup RDS scenario's trouble, per-user CALs, is for {@code rds-status} to find.)
     */
    private static final Set<String> NOTHING_TO_DO = Set.of(HEALTHY, "rds2019-workgroup-per-user");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        return run(new CliMachines(), args);
    }

    static Result run(Machines machines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = DeskCli.run(machines, o, e, args);
        }
        Result result = new Result(code, out.toString(), err.toString());
        // Whatever the command, a full product key must never be printed.
        assertThat(FULL_KEY.matcher(result.out()).find()).as("full key on stdout of %s:%n%s", List.of(args),
                result.out()).isFalse();
        assertThat(FULL_KEY.matcher(result.err()).find()).as("full key on stderr of %s:%n%s", List.of(args),
                result.err()).isFalse();
        return result;
    }

    static List<String> builtInIds() throws IOException {
        return Files.readAllLines(Path.of("resources/scenarios/index.txt"), UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    static Path builtInFile(String id) {
        return Path.of("resources/scenarios", id + ".json");
    }

    static JsonNode json(Result result) throws IOException {
        assertThat(result.out()).as("stdout").isNotBlank();
        return JSON.readTree(result.out());
    }

    @Test
    void theIndexListsTheBuiltInScenarios() throws IOException {
        assertThat(builtInIds()).doesNotHaveDuplicates()
                .contains(HEALTHY, "server2019-eval-expired", "win10-pro-kms-no-srv");
        for (String id : builtInIds()) {
            assertThat(builtInFile(id)).as("file of %s", id).isRegularFile();
        }
    }

    // ---- status --json on every built-in scenario ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void statusJsonHasTheContractFieldsForEveryBuiltInScenario(String id) throws IOException {
        Result result = run("status", "--json", "--lang", "en", "--scenario", id);

        assertThat(result.err()).as("stderr").isEmpty();
        JsonNode root = json(result);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("scenario").path("id").asText()).isEqualTo(id);
        assertProducts(root);

        JsonNode step = root.path("nextStep").path("step");
        assertThat(step.isTextual()).as("nextStep.step is text").isTrue();
        assertThat(step.asText()).isNotBlank();
        assertThat(root.path("nextStep").path("title").asText()).isNotBlank();

        int expected = NOTHING_TO_DO.contains(id) ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
        assertThat(result.code()).as("exit code of %s", id).isEqualTo(expected);
        // The exit code and the advice agree: 0 exactly when there is nothing to do.
        assertThat(step.asText().equals("NOTHING_TO_DO")).isEqualTo(result.code() == DeskCli.EXIT_OK);
    }

    private static void assertProducts(JsonNode root) {
        JsonNode products = root.path("products");
        assertThat(products.isArray()).as("products is an array").isTrue();
        assertThat(products.size()).as("number of products").isPositive();
        for (JsonNode p : products) {
            assertThat(p.path("name").isTextual()).as("name in %s", p).isTrue();
            assertThat(p.path("name").asText()).isNotBlank();
            assertThat(p.path("editionId").isTextual()).as("editionId in %s", p).isTrue();
            assertThat(p.path("editionId").asText()).isNotBlank();
            assertThat(p.path("channel").isTextual()).as("channel in %s", p).isTrue();
            assertThat(p.path("licenseStatus").isInt()).as("licenseStatus is a number in %s", p).isTrue();
            assertThat(p.path("licenseStatus").asInt()).isBetween(0, 6);
            assertThat(p.path("licenseStatusText").isTextual()).as("licenseStatusText in %s", p).isTrue();
            assertThat(p.path("licenseStatusText").asText()).isNotBlank();
            assertThat(p.path("graceMinutes").isIntegralNumber()).as("graceMinutes is a number in %s", p).isTrue();
            assertThat(p.path("graceMinutes").asLong()).isNotNegative();
            assertThat(p.path("reason").isTextual()).as("reason in %s", p).isTrue();
            assertThat(p.path("reason").asText()).matches(HRESULT);
            assertThat(p.has("lastActivationError")).as("lastActivationError present in %s", p).isTrue();
            if (!p.path("lastActivationError").isNull()) {
                assertThat(p.path("lastActivationError").asText()).matches(HRESULT);
            }
            assertThat(p.has("partialKey")).as("partialKey present in %s", p).isTrue();
            JsonNode partialKey = p.path("partialKey");
            JsonNode maskedKey = p.path("maskedKey");
            if (partialKey.isNull()) {
                assertThat(maskedKey.isNull()).as("no masked key without a partial key").isTrue();
            } else {
                assertThat(partialKey.isTextual()).isTrue();
                assertThat(partialKey.asText()).hasSize(5);
                assertThat(maskedKey.asText()).contains("*").endsWith(partialKey.asText());
            }
        }
    }

    @Test
    void evaluationExpiredServerSaysConvertWith0xC004FC07() throws IOException {
        Result result = run("status", "--json", "--lang", "en", "--scenario", "server2019-eval-expired");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        JsonNode product = root.path("products").get(0);
        assertThat(product.path("reason").asText()).isEqualTo("0xC004FC07");
        assertThat(product.path("licenseStatus").asInt()).isEqualTo(5);
        assertThat(product.path("editionId").asText()).isEqualTo("ServerStandardEval");
        assertThat(root.path("nextStep").path("step").asText()).isEqualTo("CONVERT_EVALUATION");
    }

    @Test
    void globalOptionsWorkBeforeTheCommandAsWellAsAfterIt() throws IOException {
        Result before = run("--json", "--lang", "ja", "--scenario", "mak-no-internet", "status");
        Result after = run("status", "--json", "--lang", "ja", "--scenario", "mak-no-internet");

        assertThat(before.code()).isEqualTo(after.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode first = json(before);
        JsonNode second = json(after);
        assertThat(first.path("scenario").path("id").asText()).isEqualTo("mak-no-internet");
        assertThat(first.path("products")).isEqualTo(second.path("products"));
        assertThat(first.path("nextStep").path("title").asText()).isEqualTo("電話で認証する");
    }

    @Test
    void kmsClientWithoutDnsRecordShowsTheLastError() throws IOException {
        Result result = run("status", "--json", "--lang", "en", "--scenario", "win10-pro-kms-no-srv");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode product = json(result).path("products").get(0);
        assertThat(product.path("lastActivationError").asText()).isEqualTo("0x8007232B");
        assertThat(product.path("channel").asText()).isEqualTo("Volume:GVLK");
        assertThat(product.path("partialKey").asText()).isEqualTo("T83GX");
        assertThat(product.path("maskedKey").asText()).isEqualTo("*****-*****-*****-*****-T83GX");
    }

    @Test
    void practiceWithoutScenarioUsesTheDefaultScenario() throws IOException {
        Result result = run("status", "--json", "--practice", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("scenario").path("id").asText()).isEqualTo(builtInIds().get(0));
        assertThat(root.path("scenario").path("practiceReason").asText()).isEqualTo("REQUESTED");
    }

    // ---- text output and --lang ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void statusTextSpeaksTheChosenLanguage(String id) {
        Result english = run("status", "--lang", "en", "--scenario", id);
        Result japanese = run("status", "--lang", "ja", "--scenario", id);

        assertThat(english.err()).isEmpty();
        assertThat(japanese.err()).isEmpty();
        assertThat(english.out()).contains("Edition: ").doesNotContain("エディション");
        assertThat(japanese.out()).contains("エディション: ").doesNotContain("Edition: ");
        // Text and JSON agree on the exit code; the language does not change it.
        int expected = NOTHING_TO_DO.contains(id) ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
        assertThat(english.code()).isEqualTo(expected);
        assertThat(japanese.code()).isEqualTo(expected);
        // Keys are shown only masked.
        assertThat(english.out()).containsPattern("\\*{5}-\\*{5}-\\*{5}-\\*{5}-[0-9A-Z]{5}");
    }

    @Test
    void japaneseLanguageTagVariantsAreAccepted() {
        Result result = run("status", "--lang", "ja-JP", "--scenario", HEALTHY);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.out()).contains("エディション");
    }

    @Test
    void unsupportedLanguageIsBadInput() {
        Result result = run("status", "--lang", "fr", "--scenario", HEALTHY);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("fr").contains("--lang");
    }

    // ---- usage errors ----

    @Test
    void unknownCommandIsBadInput() {
        Result result = run("frobnicate");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("frobnicate");
    }

    @Test
    void noCommandIsBadInput() {
        Result result = run();

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("status").contains("scenarios");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "--scenario"})
    void badOptionOfStatusIsBadInput(String option) {
        Result result = run("status", option);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(option);
    }

    @Test
    void helpIsNotAnError() {
        Result result = run("--help");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.out()).contains("status").contains("scenarios");
        assertThat(result.err()).isEmpty();
    }

    // ---- --scenario NAME|PATH ----

    @Test
    void unknownScenarioNameIsBadInputAndListsTheBuiltInNames() throws IOException {
        Result result = run("status", "--lang", "en", "--scenario", "no-such-thing");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no-such-thing").contains("no such built-in scenario");
        for (String id : builtInIds()) {
            assertThat(result.err()).contains(id);
        }
    }

    @Test
    void unknownScenarioNameInJapaneseIsBadInputInJapanese() {
        Result result = run("status", "--json", "--lang", "ja", "--scenario", "no-such-thing");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no-such-thing").containsPattern(JAPANESE);
    }

    @Test
    void missingScenarioFileIsBadInput(@TempDir Path dir) {
        Path missing = dir.resolve("not-there.json");

        Result result = run("status", "--lang", "en", "--scenario", missing.toString());

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(missing.toString());
    }

    /** A broken copy of a built-in scenario, the line the loader must name, and the field. */
    static Stream<Arguments> brokenScenarioFiles() {
        return Stream.of(
                Arguments.of("wrong type", (UnaryOperator<String>) line ->
                        line.replace("\"licenseStatus\": 5", "\"licenseStatus\": \"5\""),
                        "\"licenseStatus\": \"5\"", "products[0].licenseStatus"),
                Arguments.of("missing comma", (UnaryOperator<String>) line ->
                        line.replace("\"reason\": \"0xC004FC07\",", "\"reason\": \"0xC004FC07\""),
                        "\"evaluationEnd\"", null),
                Arguments.of("bad enum value", (UnaryOperator<String>) line ->
                        line.replace("\"PRIMARY_DOMAIN_CONTROLLER\"", "\"DOMAIN_KING\""),
                        "\"DOMAIN_KING\"", "machine.domainRole"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScenarioFiles")
    void scenarioFileWithAnErrorIsBadInputNamingTheFileAndTheLine(String what, UnaryOperator<String> breakIt,
                                                                   String lineMarker, String field,
                                                                   @TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(builtInFile("server2019-eval-expired"), UTF_8));
        lines.replaceAll(breakIt);
        int expectedLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(lineMarker)) {
                expectedLine = i + 1;
            }
        }
        assertThat(expectedLine).as("the test broke the file").isPositive();
        Path file = dir.resolve("broken.json");
        Files.write(file, lines, UTF_8);

        Result result = run("status", "--json", "--lang", "en", "--scenario", file.toString());

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(file.toString()).contains("line " + expectedLine + ",");
        if (field != null) {
            assertThat(result.err()).contains("field " + field);
        }
        assertThat(result.err().strip()).as("one line on stderr").doesNotContain("\n");
    }

    @Test
    void missingFieldIsNamedOnce(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(builtInFile("server2019-eval-expired"), UTF_8));
        lines.removeIf(line -> line.contains("\"osName\""));
        Path file = dir.resolve("no-os-name.json");
        Files.write(file, lines, UTF_8);

        Result result = run("status", "--lang", "en", "--scenario", file.toString());

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(file.toString()).containsPattern(", line \\d+,")
                .contains("field machine.osName:").doesNotContain("osName.osName")
                .contains("a required field is missing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void scenarioFilePathWorksLikeTheBuiltInScenario(String id, @TempDir Path dir) throws IOException {
        Path copy = Files.copy(builtInFile(id), dir.resolve("copy-of-" + id + ".json"));

        Result result = run("status", "--json", "--lang", "en", "--scenario", copy.toString());

        assertThat(result.err()).isEmpty();
        int expected = NOTHING_TO_DO.contains(id) ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
        assertThat(result.code()).isEqualTo(expected);
        JsonNode root = json(result);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("scenario").path("id").asText()).isEqualTo("copy-of-" + id);
        assertProducts(root);
        JsonNode builtIn = json(run("status", "--json", "--lang", "en", "--scenario", id));
        assertThat(root.path("products")).isEqualTo(builtIn.path("products"));
        assertThat(root.path("nextStep")).isEqualTo(builtIn.path("nextStep"));
    }

    // ---- scenarios ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void scenariosJsonListsEveryBuiltInScenarioWithTitleAndSummary(String lang) throws IOException {
        Result result = run("scenarios", "--json", "--lang", lang);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.err()).isEmpty();
        JsonNode list = json(result);
        assertThat(list.isArray()).isTrue();
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : list) {
            ids.add(entry.path("id").asText());
            assertThat(entry.path("title").asText()).as("title of %s", entry).isNotBlank();
            assertThat(entry.path("summary").asText()).as("summary of %s", entry).isNotBlank();
            if (lang.equals("ja")) {
                assertThat(entry.path("summary").asText()).as("Japanese summary").containsPattern(JAPANESE);
            } else {
                assertThat(entry.path("summary").asText()).as("English summary").doesNotContainPattern(JAPANESE);
            }
        }
        assertThat(ids).containsExactlyElementsOf(builtInIds());
    }

    @Test
    void scenariosTextListsEveryId() throws IOException {
        Result result = run("scenarios", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("--scenario");
        for (String id : builtInIds()) {
            assertThat(result.out()).contains("  " + id);
        }
    }

    // ---- keys ----

    @Test
    void noOutputEverContainsAFullProductKey() throws IOException {
        for (String id : builtInIds()) {
            for (String lang : List.of("en", "ja")) {
                Result text = run("status", "--lang", lang, "--scenario", id);
                Result json = run("status", "--json", "--lang", lang, "--scenario", id);
                // run(...) already checks both streams for a full key; here the masked form is checked too.
                assertThat(text.out()).doesNotContainPattern(FULL_KEY);
                assertThat(json.out()).doesNotContainPattern(FULL_KEY);
                for (JsonNode product : json(json).path("products")) {
                    if (!product.path("maskedKey").isNull()) {
                        assertThat(product.path("maskedKey").asText()).contains("*");
                    }
                }
            }
        }
    }

    // ---- environment failures (exit 3) ----

    @Test
    void licensingServiceFailureIsAnEnvironmentProblem() {
        LicensingService failing = new ReadOnlyLicensingService() {
            @Override
            public org.activationdesk.core.port.MachineSnapshot snapshot() throws LicensingException {
                throw new LicensingException(new Hresult(0x80070422), "The service is disabled");
            }
        };

        Result result = run(machinesWith(failing, Optional::empty), "status", "--json", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("0x80070422");
    }

    @Test
    void unexpectedCrashIsAnEnvironmentProblemWithOneLine() {
        LicensingService crashing = new ReadOnlyLicensingService() {
            @Override
            public org.activationdesk.core.port.MachineSnapshot snapshot() {
                throw new IllegalStateException("boom");
            }
        };

        Result result = run(machinesWith(crashing, Optional::empty), "status", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isNotBlank().doesNotContain("\tat ");
        assertThat(result.err().strip()).doesNotContain("\n");
    }

    static Machines machinesWith(LicensingService licensing, RdsLicensingService rds) {
        return new Machines() {
            @Override
            public Opened open(boolean practice, String scenario, Messages messages) {
                return new Opened(licensing, rds, NO_NETWORK, Optional.empty(), Optional.empty());
            }

            @Override
            public NetworkAccess network(boolean practice, String scenario, Messages messages) {
                return new NetworkAccess(NO_NETWORK, Optional.empty());
            }

            @Override
            public List<PracticeScenario> scenarios(Messages messages) {
                return List.of();
            }
        };
    }
}
