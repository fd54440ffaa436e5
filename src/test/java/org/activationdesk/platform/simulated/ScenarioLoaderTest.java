package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.platform.simulated.ScenarioException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioLoaderTest {

    /** The project folder the built-in scenarios are edited in; surefire runs with the project basedir as working dir. */
    private static final Path SCENARIO_FOLDER = Path.of("resources/scenarios");

    /** A small valid scenario; tests change one line of it. Each line is unique, so a line can be found by its text. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "title": {"en": "Test machine", "ja": "テスト マシン"},
              "summary": {"en": "A machine for loader tests.", "ja": "ローダーのテスト用のマシンです。"},
              "machine": {
                "computerName": "TEST-PC",
                "osName": "Windows 10 Pro",
                "version": "10.0.19045",
                "build": 19045,
                "editionId": "Professional",
                "domainRole": "STANDALONE_WORKSTATION",
                "elevated": true
              },
              "products": [
                {
                  "activationId": "2fb011d9-74a8-46db-a9cb-42b2049e1363",
                  "name": "Windows(R), Professional edition",
                  "description": "Windows(R) Operating System, RETAIL channel",
                  "productKeyChannel": "Retail",
                  "partialKey": "8HVX7",
                  "licenseStatus": 2,
                  "graceMinutes": 14400,
                  "reason": "0x4004F00C",
                  "remainingRearms": 1
                }
              ],
              "onlineActivation": "success"
            }
            """;

    private static final String MACHINE_END = "  },";
    private static final String PRODUCT_START = "    {";
    private static final String PRODUCT_END = "    }";
    private static final String DOCUMENT_END = "}";

    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioCatalog catalog = new ScenarioCatalog();

    @TempDir
    Path dir;

    // ---- built-in scenarios ------------------------------------------------------------------------------

    static Stream<String> builtInIds() {
        return new ScenarioCatalog().builtInIds().stream();
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void everyBuiltInScenarioLoadsFromTheClassPathAndFromTheProjectFolderAlike(String id) throws Exception {
        Scenario scenario = catalog.load(id);

        assertThat(scenario.id()).isEqualTo(id);
        assertThat(scenario.products()).isNotEmpty();
        for (Language language : Language.values()) {
            assertThat(scenario.title().in(language)).isNotBlank();
            assertThat(scenario.summary().in(language)).isNotBlank();
        }
        Scenario fromFolder = loader.load(SCENARIO_FOLDER.resolve(id + ".json"));
        assertThat(fromFolder.id()).isEqualTo(id);
        assertThat(fromFolder.machine()).isEqualTo(scenario.machine());
        assertThat(fromFolder.products()).isEqualTo(scenario.products());
        assertThat(fromFolder.onlineActivationOutcome()).isEqualTo(scenario.onlineActivationOutcome());
        assertThat(fromFolder.rds()).isEqualTo(scenario.rds());
    }

    @Test
    void theIndexListsEveryScenarioFileInTheFolderAndNothingElse() throws IOException {
        Set<String> files;
        try (Stream<Path> listing = Files.list(SCENARIO_FOLDER)) {
            files = listing.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).collect(Collectors.toSet());
        }
        List<String> indexed = catalog.builtInIds();

        assertThat(files).as("scenario files in %s", SCENARIO_FOLDER.toAbsolutePath()).isNotEmpty();
        assertThat(indexed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(indexed)).as("index.txt vs the .json files").isEqualTo(files);
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void everyFailureCodeAScenarioShowsIsExplainedByTheErrorCatalog(String id) throws Exception {
        Scenario scenario = catalog.load(id);
        ErrorCatalog errors = ErrorCatalog.load();
        Set<Hresult> shown = new HashSet<>();
        shown.add(scenario.onlineActivationOutcome());
        for (var product : scenario.products()) {
            shown.add(product.reason());
            if (product.lastActivationError() != null) {
                shown.add(product.lastActivationError());
            }
        }
        shown.remove(Hresult.S_OK);

        for (Hresult code : shown) {
            assertThat(errors.explain(code, Language.ENGLISH)).as("%s shows %s", id, code).isPresent();
        }
    }

    @Test
    void theDefaultScenarioIsTheFirstOneAndAHealthyMachine() throws Exception {
        assertThat(catalog.defaultId()).isEqualTo(catalog.builtInIds().get(0));
        Scenario healthy = catalog.load(catalog.defaultId());
        assertThat(healthy.products()).allMatch(p -> p.licenseStatus() == LicenseStatus.LICENSED);
    }

    @Test
    void aScenarioFileNamedByPathLoadsThroughTheCatalogWithItsFileNameAsId() throws Exception {
        Path file = write("my-lab.json", VALID);

        Scenario scenario = catalog.load(file.toString());

        assertThat(scenario.id()).isEqualTo("my-lab");
        assertThat(scenario.source()).isEqualTo(file.toString());
        assertThat(scenario.machine().computerName()).isEqualTo("TEST-PC");
        assertThat(scenario.products()).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(Channel.RETAIL);
            assertThat(p.licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
            assertThat(p.reason()).isEqualTo(new Hresult(0x4004F00C));
            assertThat(p.lastActivationError()).isNull();
        });
        assertThat(scenario.onlineActivationOutcome()).isEqualTo(Hresult.S_OK);
        assertThat(scenario.rds()).isEmpty();
    }

    // ---- strictness: each mistake names its kind, line and field -------------------------------------------

    @Test
    void unknownField() throws IOException {
        String json = VALID.replace("    \"osName\"", "    \"colour\": \"blue\",\n    \"osName\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.UNKNOWN_FIELD, lineOf(json, "\"colour\""), "machine.colour");
        assertThat(e.detail()).isEqualTo("colour");
    }

    @Test
    void unknownFieldInAProductAndAtTheTop() throws IOException {
        String inProduct = VALID.replace("      \"graceMinutes\"", "      \"licenceStatus\": 1,\n      \"graceMinutes\"");
        assertProblem(failToLoad(inProduct), Problem.UNKNOWN_FIELD, lineOf(inProduct, "\"licenceStatus\""),
                "products[0].licenceStatus");

        String atTop = VALID.replace("  \"machine\": {", "  \"notes\": \"remember the DC\",\n  \"machine\": {");
        assertProblem(failToLoad(atTop), Problem.UNKNOWN_FIELD, lineOf(atTop, "\"notes\""), "notes");
    }

    @Test
    void duplicateField() throws IOException {
        String json = VALID.replace("    \"version\"", "    \"osName\": \"Windows 11 Pro\",\n    \"version\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.DUPLICATE_FIELD, lineOf(json, "\"Windows 11 Pro\""), "machine.osName");
    }

    @Test
    void duplicateFieldInAProductAndAtTheTop() throws IOException {
        String inProduct = VALID.replace("      \"graceMinutes\"", "      \"reason\": \"0x00000000\",\n      \"graceMinutes\"");
        // the second occurrence is the duplicate
        assertProblem(failToLoad(inProduct), Problem.DUPLICATE_FIELD, lineOf(inProduct, "\"reason\"", 2),
                "products[0].reason");

        String atTop = VALID.replace("  \"onlineActivation\": \"success\"",
                "  \"onlineActivation\": \"success\",\n  \"schemaVersion\": 1");
        assertProblem(failToLoad(atTop), Problem.DUPLICATE_FIELD, lineOf(atTop, "  \"schemaVersion\": 1", 2),
                "schemaVersion");
    }

    @Test
    void missingRequiredFieldIsReportedAtTheEndOfItsObject() throws IOException {
        String json = VALID.replace("    \"editionId\": \"Professional\",\n", "");

        ScenarioException e = failToLoad(json);

        // The field is absent, so the only place to point at is where its object ends.
        assertProblem(e, Problem.MISSING_FIELD, lineOf(json, line -> line.equals(MACHINE_END)), "machine.editionId");
    }

    @Test
    void missingRequiredFieldInAProductAndAtTheTop() throws IOException {
        String inProduct = VALID.replace("      \"reason\": \"0x4004F00C\",\n", "");
        assertProblem(failToLoad(inProduct), Problem.MISSING_FIELD, lineOf(inProduct, line -> line.equals(PRODUCT_END)),
                "products[0].reason");

        String atTop = VALID.replace(",\n  \"onlineActivation\": \"success\"", "");
        assertProblem(failToLoad(atTop), Problem.MISSING_FIELD, lineOf(atTop, line -> line.equals(DOCUMENT_END)),
                "onlineActivation");
    }

    @Test
    void quotedNumberIsTheWrongType() throws IOException {
        String json = VALID.replace("\"build\": 19045", "\"build\": \"17763\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.WRONG_TYPE, lineOf(json, "\"build\""), "machine.build");
        assertThat(e.detail()).isEqualTo("number");
    }

    @Test
    void quotedBooleanIsTheWrongType() throws IOException {
        String json = VALID.replace("\"elevated\": true", "\"elevated\": \"yes\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.WRONG_TYPE, lineOf(json, "\"elevated\""), "machine.elevated");
        assertThat(e.detail()).isEqualTo("true/false");
    }

    @Test
    void fractionForAWholeNumberIsTheWrongType() throws IOException {
        String json = VALID.replace("\"licenseStatus\": 2", "\"licenseStatus\": 1.5");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.WRONG_TYPE, lineOf(json, "\"licenseStatus\""), "products[0].licenseStatus");
        assertThat(e.detail()).isEqualTo("number");
    }

    @Test
    void numberForATextAndObjectForAListAreTheWrongType() throws IOException {
        String number = VALID.replace("\"computerName\": \"TEST-PC\"", "\"computerName\": 42");
        ScenarioException e = failToLoad(number);
        assertProblem(e, Problem.WRONG_TYPE, lineOf(number, "\"computerName\""), "machine.computerName");
        assertThat(e.detail()).isEqualTo("text");

        String object = VALID.replace("\"products\": [", "\"products\": {\"a\": 1},\n  \"unused\": [");
        ScenarioException list = failToLoad(object);
        assertProblem(list, Problem.WRONG_TYPE, lineOf(object, "\"products\""), "products");
        assertThat(list.detail()).contains("list");
    }

    // Values checked by the record that holds them are reported where that record starts (Jackson knows no finer
    // place once the constructor runs); the detail names what is wrong.

    @Test
    void licenseStatusOutOfRangeIsABadValue() throws IOException {
        String json = VALID.replace("\"licenseStatus\": 2", "\"licenseStatus\": 9");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, line -> line.equals(PRODUCT_START)), "products[0]");
        assertThat(e.detail()).contains("license status").contains("9");
    }

    @Test
    void reasonThatIsNoHresultIsABadValue() throws IOException {
        String json = VALID.replace("\"reason\": \"0x4004F00C\"", "\"reason\": \"0xZZ\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, line -> line.equals(PRODUCT_START)), "products[0]");
        assertThat(e.detail()).contains("0xZZ");
    }

    @Test
    void partialKeyWithALetterOIsABadValue() throws IOException {
        // O (like 0, 1, I, U...) never occurs in a product key
        String json = VALID.replace("\"8HVX7\"", "\"8HVXO\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, line -> line.equals(PRODUCT_START)), "products[0]");
        assertThat(e.detail()).contains("partialKey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2fb011d9-74a8-46db-a9cb-42b2049e136", "2fb011d9-74g8-46db-a9cb-42b2049e1363",
            "{2fb011d9-74a8-46db-a9cb-42b2049e1363}", "2fb011d974a846dba9cb42b2049e1363", ""})
    void activationIdThatIsNoGuidIsABadValue(String notAGuid) throws IOException {
        String json = VALID.replace("2fb011d9-74a8-46db-a9cb-42b2049e1363", notAGuid);

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, line -> line.equals(PRODUCT_START)), "products[0]");
        assertThat(e.detail()).contains("activationId");
    }

    @Test
    void schemaVersionTwoIsABadValue() throws IOException {
        String json = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, line -> line.equals(DOCUMENT_END)), "");
        assertThat(e.detail()).contains("schemaVersion");
    }

    @Test
    void aMisspeltRequiredFieldIsReportedAsTheMisspellingNotAsMissing() throws IOException {
        String json = VALID.replace("\"editionId\": \"Professional\"", "\"editionID\": \"Professional\"");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.UNKNOWN_FIELD, lineOf(json, "\"editionID\""), "machine.editionID");
    }

    @Test
    void kmsClientPortsLeftOutMeanNotSet() throws Exception {
        String json = VALID.replace("\"remainingRearms\": 1", """
                "remainingRearms": 1,
                      "kmsClient": {"activationIntervalMinutes": 120, "renewalIntervalMinutes": 10080}""");

        Scenario scenario = loader.load(write("kms.json", json));

        assertThat(scenario.products().get(0).kmsClient().registeredPort()).isZero();
        assertThat(scenario.products().get(0).kmsClient().discoveredPort()).isZero();
        assertThat(scenario.products().get(0).kmsClient().registeredHost()).isNull();
    }

    @Test
    void activatedRdsServerWithoutLicenseServerIdIsABadValue() throws IOException {
        String json = VALID.replace("  \"onlineActivation\": \"success\"", """
                  "onlineActivation": "success",
                  "rds": {
                    "activationStatus": "ACTIVATED",
                    "productId": "00454-40000-00001-AT275",
                    "databasePath": "C:\\\\Windows\\\\System32\\\\LServer",
                    "keyPacks": []
                  }""");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, "\"rds\""), "rds");
        assertThat(e.detail()).contains("licenseServerId");
    }

    @Test
    void rdsServerWithItsIdLoads() throws Exception {
        String json = VALID.replace("  \"onlineActivation\": \"success\"", """
                  "onlineActivation": "success",
                  "rds": {
                    "activationStatus": "ACTIVATED",
                    "licenseServerId": "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678",
                    "productId": "00454-40000-00001-AT275",
                    "databasePath": "C:\\\\Windows\\\\System32\\\\LServer",
                    "keyPacks": []
                  }""");

        Scenario scenario = loader.load(write("rds.json", json));

        assertThat(scenario.rds()).hasValueSatisfying(rds ->
                assertThat(rds.licenseServerId()).isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title", "summary", "machine", "products"})
    void nullForARequiredSectionIsABadValueNotACrash(String section) throws IOException {
        String json = withSectionNull(section);
        assertThat(json).contains("\"" + section + "\": null");

        ScenarioException e = failToLoad(json);

        assertProblem(e, Problem.BAD_VALUE, lineOf(json, line -> line.equals(DOCUMENT_END)), "");
        assertThat(e.detail()).contains(section);
    }

    @Test
    void syntaxErrorIsReportedWhereTheParserNoticesIt() throws IOException {
        String json = VALID.replace("\"osName\": \"Windows 10 Pro\",", "\"osName\": \"Windows 10 Pro\"");

        ScenarioException e = failToLoad(json);

        // a missing comma is noticed at the next field
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.line()).isEqualTo(lineOf(json, "\"version\""));
    }

    @Test
    void unterminatedDocumentIsASyntaxError() throws IOException {
        String json = VALID.substring(0, VALID.indexOf("  \"products\""));

        ScenarioException e = failToLoad(json);

        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.line()).isGreaterThanOrEqualTo(lineOf(json, line -> line.equals(MACHINE_END)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "x", "1", "\"more\"", "]"})
    void anythingAfterTheDocumentIsASyntaxError(String garbage) throws IOException {
        String json = VALID + garbage + "\n";

        ScenarioException e = failToLoad(json);

        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.line()).isEqualTo(VALID.split("\n", -1).length);
    }

    @Test
    void whitespaceAfterTheDocumentIsFine() throws Exception {
        assertThat(loader.load(write("scenario.json", VALID + "\n \t\n\n")).machine().computerName()).isEqualTo("TEST-PC");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n  \n", "null"})
    void emptyDocumentIsASyntaxErrorOnLineOne(String content) throws IOException {
        ScenarioException e = failToLoad(content);

        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void aDocumentThatIsNoObjectIsTheWrongType() throws IOException {
        ScenarioException e = failToLoad("[1, 2, 3]");

        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void fileOfExactlyMaxBytesLoadsAndOneByteMoreIsTooLarge() throws Exception {
        String padded = VALID + " ".repeat(ScenarioLoader.MAX_BYTES - VALID.getBytes(StandardCharsets.UTF_8).length);
        Path atLimit = write("limit.json", padded);
        assertThat(Files.size(atLimit)).isEqualTo(ScenarioLoader.MAX_BYTES);
        assertThat(loader.load(atLimit).machine().computerName()).isEqualTo("TEST-PC");

        Path tooLarge = write("large.json", padded + " ");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(tooLarge));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(e.line()).isZero();
        assertThat(e.source()).isEqualTo(tooLarge.toString());
    }

    @Test
    void streamLargerThanMaxBytesIsTooLarge() {
        byte[] bytes = (VALID + " ".repeat(ScenarioLoader.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);

        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> loader.load("big", "big.json", new ByteArrayInputStream(bytes)));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void missingFileAndFolderAreNotFound() {
        for (Path absent : List.of(dir.resolve("nowhere.json"), dir)) {
            ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(absent));

            assertThat(e).as(absent.toString()).isNotNull();
            assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
            assertThat(e.source()).isEqualTo(absent.toString());
            assertThat(e.line()).isZero();
        }
    }

    @Test
    void unknownBuiltInNameIsNotFoundAndListsTheNamesThatExist() {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> catalog.load("win11-pro-activated"));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
        assertThat(e.source()).isEqualTo("win11-pro-activated");
        assertThat(e.detail()).contains(catalog.builtInIds());
    }

    @Test
    void aMissingFileNamedThroughTheCatalogIsNotFound() {
        String path = dir.resolve("typo.json").toString();

        assertThatThrownBy(() -> catalog.load(path)).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    // ---- the message a user sees ------------------------------------------------------------------------------

    private static final Pattern MISSING_KEY = Pattern.compile("![A-Za-z0-9_.]+!");

    @Test
    void describeNamesFileAndLineInBothLanguages() throws IOException {
        String json = VALID.replace("\"build\": 19045", "\"build\": \"17763\"");
        ScenarioException e = failToLoad(json);
        int line = lineOf(json, "\"build\"");

        for (Language language : Language.values()) {
            String text = e.describe(Messages.of(language));

            assertThat(text).as(language.name()).contains("scenario.json").contains("machine.build")
                    .doesNotContainPattern(MISSING_KEY);
            // the line number, as a number of its own, outside the file path (which may contain digits)
            assertThat(text.replace(e.source(), "")).as(language.name()).containsPattern("(?<!\\d)" + line + "(?!\\d)");
        }
        assertThat(e.describe(Messages.of(Language.JAPANESE))).isNotEqualTo(e.describe(Messages.of(Language.ENGLISH)));
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void everyProblemHasATextInBothLanguages(Problem problem) {
        List<ScenarioException> variants = List.of(
                new ScenarioException("lab/broken.json", problem, 12, "products[0].reason", "detail"),
                new ScenarioException("lab/broken.json", problem, 0, "", ""));

        for (ScenarioException e : variants) {
            String english = e.describe(Messages.of(Language.ENGLISH));
            String japanese = e.describe(Messages.of(Language.JAPANESE));

            for (String text : List.of(english, japanese)) {
                assertThat(text).contains("lab/broken.json").doesNotContainPattern(MISSING_KEY);
                if (e.line() > 0) {
                    assertThat(text).containsPattern("(?<!\\d)12(?!\\d)").contains("products[0].reason").contains("detail");
                }
            }
            assertThat(japanese).isNotEqualTo(english);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The valid document with one required section set to null (and its old content removed). */
    private static String withSectionNull(String section) {
        List<String> lines = Arrays.asList(VALID.split("\n"));
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean skipping = false;
        for (String line : lines) {
            if (!skipping && line.startsWith("  \"" + section + "\":")) {
                int open = count(line, '{') + count(line, '[') - count(line, '}') - count(line, ']');
                boolean comma = line.endsWith(",");
                out.append("  \"").append(section).append("\": null").append(open > 0 ? "" : comma ? "," : "").append('\n');
                if (open > 0) {
                    skipping = true;
                    depth = open;
                }
                continue;
            }
            if (skipping) {
                depth += count(line, '{') + count(line, '[') - count(line, '}') - count(line, ']');
                if (depth == 0) {
                    skipping = false;
                    if (line.endsWith(",")) {
                        out.setLength(out.length() - 1);
                        out.append(",\n");
                    }
                }
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private ScenarioException failToLoad(String json) throws IOException {
        Path file = write("scenario.json", json);
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> loader.load(file));
        assertThat(e).as("loading should fail:%n%s", json).isNotNull();
        assertThat(e.source()).isEqualTo(file.toString());
        return e;
    }

    private static void assertProblem(ScenarioException e, Problem problem, int line, String field) {
        assertThat(e.problem()).as("problem of %s", e.getMessage()).isEqualTo(problem);
        assertThat(e.line()).as("line of %s", e.getMessage()).isEqualTo(line);
        assertThat(e.field()).as("field of %s", e.getMessage()).isEqualTo(field);
    }

    /** 1-based number of the first line containing the text. */
    private static int lineOf(String json, String text) {
        return lineOf(json, text, 1);
    }

    /** 1-based number of the n-th line containing the text. */
    private static int lineOf(String json, String text, int occurrence) {
        String[] lines = json.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + occurrence + " with " + text + " in\n" + json);
    }

    private static int lineOf(String json, Predicate<String> test) {
        String[] lines = json.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (test.test(lines[i])) {
                if (found != 0) {
                    throw new AssertionError("two lines match in\n" + json);
                }
                found = i + 1;
            }
        }
        if (found == 0) {
            throw new AssertionError("no line matches in\n" + json);
        }
        return found;
    }
}
