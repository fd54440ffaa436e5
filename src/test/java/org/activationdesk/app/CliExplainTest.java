package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activationdesk.cli.DeskCli;
import org.activationdesk.cli.Machines;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.SystemMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of {@code explain}: exit 0 for a code in the catalog, 1 for a well-formed code it lacks, 2 for
 * text that holds no code (message on stderr only), and the fields of {@code explain --json}. Runs the CLI
 * in-process on the real composition root, against whatever codes the catalog holds.
 */
class CliExplainTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private static final String EVALUATION_EXPIRED = "0xC004FC07";

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = DeskCli.run(new CliMachines(), o, e, args);
        }
        return new Result(code, out.toString(), err.toString());
    }

    static JsonNode json(Result result) throws IOException {
        assertThat(result.err()).as("stderr").isEmpty();
        assertThat(result.out()).as("stdout").isNotBlank();
        return JSON.readTree(result.out());
    }

    /** A Win32 code the catalog lacks, whatever the catalog holds: the first 0x8007xxxx from 2 (0x80070002) up. */
    static Hresult unknownWin32Code() {
        for (int number = 2; ; number++) {
            Hresult code = new Hresult(0x8007_0000 | number);
            if (!CATALOG.codes().contains(code)) {
                return code;
            }
        }
    }

    // ---- known codes ----

    @Test
    void knownCodeJsonHasTheContractFields() throws IOException {
        Result result = run("explain", EVALUATION_EXPIRED, "--json", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        ErrorExplanation entry = CATALOG.explain(Hresult.parseCanonical(EVALUATION_EXPIRED), Language.ENGLISH)
                .orElseThrow();
        assertThat(root.path("input").asText()).isEqualTo(EVALUATION_EXPIRED);
        assertThat(root.path("code").asText()).isEqualTo(EVALUATION_EXPIRED);
        assertThat(root.path("symbol").asText()).isEqualTo("SL_E_VALIDITY_PERIOD_EXPIRED");
        assertThat(root.path("known").isBoolean()).isTrue();
        assertThat(root.path("known").asBoolean()).isTrue();
        assertThat(root.path("title").asText()).isEqualTo(entry.title());
        assertThat(root.path("cause").asText()).isEqualTo(entry.cause());
        assertThat(root.path("fix").asText()).isEqualTo(entry.fix());
        assertThat(root.path("fixSource").asText()).isEqualTo(entry.fixFromMicrosoft() ? "MS" : "ours");
        assertThat(root.path("signed").isInt()).isTrue();
        assertThat(root.path("signed").asInt()).isEqualTo(-1073415161);
        assertThat(root.path("unsigned").isIntegralNumber()).isTrue();
        assertThat(root.path("unsigned").asLong()).isEqualTo(3221552135L);
        assertThat(root.path("severity").asText()).isEqualTo("FAILURE");
        assertThat(root.path("facility").asInt()).isEqualTo(4);
        assertThat(root.path("facilityName").asText()).isEqualTo("ITF");
        assertThat(root.path("codeNumber").asInt()).isEqualTo(0xFC07);
        assertThat(root.has("win32Error")).isTrue();
        assertThat(root.path("win32Error").isNull()).isTrue();
    }

    @Test
    void theEvaluationCodeSpeaksOfEvaluationInBothLanguages() throws IOException {
        JsonNode english = json(run("explain", EVALUATION_EXPIRED, "--json", "--lang", "en"));
        JsonNode japanese = json(run("explain", EVALUATION_EXPIRED, "--json", "--lang", "ja"));

        assertThat(english.path("title").asText()).containsIgnoringCase("evaluation");
        assertThat(japanese.path("title").asText()).contains("評価");
        assertThat(japanese.path("code")).isEqualTo(english.path("code"));
        assertThat(japanese.path("symbol")).isEqualTo(english.path("symbol"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyCatalogCodeIsKnown(String lang) throws IOException {
        for (Hresult code : CATALOG.codes()) {
            Result result = run("explain", code.toString(), "--json", "--lang", lang);

            assertThat(result.code()).as("exit code for %s", code).isEqualTo(DeskCli.EXIT_OK);
            JsonNode root = json(result);
            assertThat(root.path("code").asText()).isEqualTo(code.toString());
            assertThat(root.path("known").asBoolean()).as("known %s", code).isTrue();
            assertThat(root.path("title").asText()).isEqualTo(
                    CATALOG.explain(code, Language.fromTag(lang)).orElseThrow().title());
        }
    }

    // ---- every form of input ----

    static Stream<Arguments> formsOfTheEvaluationCode() {
        return Stream.of(List.of("0xC004FC07"), List.of("C004FC07"), List.of("0xc004fc07"), List.of("-1073415161"),
                List.of("3221552135"), List.of("０ｘＣ００４ＦＣ０７"), List.of(" 0x C004 FC07 "),
                List.of("Error code: 0xC004FC07."), List.of("Error", "code:", "0xC004FC07."),
                List.of("エラー: 0xC004FC07 評価期間が終了しました"), List.of("HRESULT = -1073415161"),
                List.of("--", "-1073415161")).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("formsOfTheEvaluationCode")
    void everyFormGivesTheSameCode(List<String> words) throws IOException {
        String[] args = Stream.concat(Stream.of("explain", "--json", "--lang", "en"), words.stream())
                .toArray(String[]::new);

        Result result = run(args);

        assertThat(result.code()).as("exit code for %s", words).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        assertThat(root.path("code").asText()).isEqualTo(EVALUATION_EXPIRED);
        assertThat(root.path("input").asText())
                .isEqualTo(String.join(" ", words.stream().filter(w -> !w.equals("--")).toList()));
    }

    // ---- well-formed but unknown ----

    @Test
    void onWindowsAnUnknownWin32CodeQuotesWindowsOwnText() throws IOException {
        Hresult code = unknownWin32Code();
        CliMachines real = new CliMachines();
        Machines windows = new Machines() {
            @Override
            public Opened open(boolean practice, String scenario, Messages messages) throws BadInputException {
                return real.open(practice, scenario, messages);
            }

            @Override
            public NetworkAccess network(boolean practice, String scenario, Messages messages) throws BadInputException {
                return real.network(practice, scenario, messages);
            }

            @Override
            public List<PracticeScenario> scenarios(Messages messages) throws BadInputException {
                return real.scenarios(messages);
            }

            @Override
            public SystemMessages systemMessages() {
                return (win32, language) -> win32 == code.code() ? Optional.of("Windows says so.") : Optional.empty();
            }
        };
        StringWriter out = new StringWriter();
        int exit = DeskCli.run(windows, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "explain", code.toString(), "--json", "--lang", "en");

        JsonNode root = JSON.readTree(out.toString());
        assertThat(exit).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(root.path("known").asBoolean()).isFalse();
        assertThat(root.path("title").asText()).endsWith(": Windows says so");
        assertThat(root.path("cause").asText()).contains("“Windows says so.”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void anUnknownWin32CodeIsDecodedByItsParts(String lang) throws IOException {
        Hresult code = unknownWin32Code();
        int number = code.code();

        Result result = run("explain", code.toString(), "--json", "--lang", lang);

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(root.path("code").asText()).isEqualTo(code.toString());
        assertThat(root.path("known").asBoolean()).isFalse();
        assertThat(root.path("symbol").isNull()).as("no symbol for an unknown code").isTrue();
        assertThat(root.path("facility").asInt()).isEqualTo(7);
        assertThat(root.path("facilityName").asText()).isEqualTo("WIN32");
        assertThat(root.path("win32Error").asInt()).isEqualTo(number);
        assertThat(root.path("severity").asText()).isEqualTo("FAILURE");
        assertThat(root.path("fixSource").asText()).isEqualTo("ours");
        assertThat(root.path("title").asText()).contains(String.valueOf(number));
        assertThat(root.path("cause").asText()).contains(String.valueOf(number)).contains("WIN32");
        assertThat(root.path("fix").asText()).contains(code.toString());
        String words = root.path("title").asText() + root.path("cause").asText() + root.path("fix").asText();
        if (lang.equals("ja")) {
            assertThat(words).containsPattern(JAPANESE);
        } else {
            assertThat(words).doesNotContainPattern(JAPANESE);
        }
    }

    @Test
    void theBriefsExample0x80070002IsAWin32ErrorNumber2() throws IOException {
        JsonNode root = json(run("explain", "0x80070002", "--json", "--lang", "en"));

        assertThat(root.path("facilityName").asText()).isEqualTo("WIN32");
        assertThat(root.path("win32Error").asInt()).isEqualTo(2);
        // known or not depends on the catalog data; the exit code follows it
        boolean known = CATALOG.codes().contains(Hresult.parseCanonical("0x80070002"));
        assertThat(root.path("known").asBoolean()).isEqualTo(known);
    }

    @Test
    void anUnknownFacilityHasNoName() throws IOException {
        Hresult code = new Hresult(0x87FF_0001);
        assertThat(CATALOG.codes()).doesNotContain(code);

        Result result = run("explain", code.toString(), "--json", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        JsonNode root = json(result);
        assertThat(root.path("facility").asInt()).isEqualTo(0x7FF);
        assertThat(root.path("facilityName").isNull()).isTrue();
        assertThat(root.path("win32Error").isNull()).isTrue();
        assertThat(root.path("title").asText()).contains("2047");
    }

    // ---- not a code ----

    @ParameterizedTest
    @ValueSource(strings = {"12345", "0x123", "hello", "0xC004FC07FF", "4294967296", ""})
    void textWithoutACodeIsBadInputWithTheReasonOnStderr(String text) {
        for (String lang : List.of("en", "ja")) {
            Result result = run("explain", text, "--json", "--lang", lang);

            assertThat(result.code()).as("exit code for [%s] in %s", text, lang).isEqualTo(DeskCli.EXIT_BAD_INPUT);
            assertThat(result.out()).as("stdout").isEmpty();
            assertThat(result.err()).as("stderr").contains(text).hasLineCount(1);
            if (lang.equals("ja")) {
                assertThat(result.err()).containsPattern(JAPANESE);
            } else {
                assertThat(result.err()).doesNotContainPattern(JAPANESE);
            }
        }
    }

    @Test
    void aMissingCodeIsBadInput() {
        Result result = run("explain", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("CODE");
    }

    // ---- text output ----

    @Test
    void textOutputHasLocalizedLabels() {
        Result english = run("explain", EVALUATION_EXPIRED, "--lang", "en");
        Result japanese = run("explain", EVALUATION_EXPIRED, "--lang", "ja");

        assertThat(english.code()).isEqualTo(japanese.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(english.err()).isEmpty();
        assertThat(english.out()).contains("Code: 0xC004FC07").contains("Symbol: SL_E_VALIDITY_PERIOD_EXPIRED")
                .contains("Meaning: ").contains("Cause: ").contains("What to do: ").containsIgnoringCase("evaluation");
        assertThat(japanese.out()).contains("コード: 0xC004FC07").contains("シンボル: SL_E_VALIDITY_PERIOD_EXPIRED")
                .contains("意味: ").contains("原因: ").contains("対処: ").contains("評価").doesNotContain("Meaning");
    }

    @Test
    void textOutputOfAnUnknownCodeSaysItIsNotInTheCatalog() {
        Hresult code = unknownWin32Code();

        Result result = run("explain", code.toString(), "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(result.out()).contains("Code: " + code).contains("Symbol: none (not in the error catalog)")
                .contains("Windows system error " + code.code());
    }

    @Test
    void helpListsTheCommand() {
        Result result = run("--help");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.out()).contains("explain");
    }
}
