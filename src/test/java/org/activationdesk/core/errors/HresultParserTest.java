package org.activationdesk.core.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser finds the code however a person meets it, and says "not a code" for everything else without
 * ever throwing. Property tests use a seeded {@link Random}; the seed is in every failure message.
 */
class HresultParserTest {

    /** Microsoft's list of activation codes, shared by the team; optional on a developer's machine. */
    private static final Path REFERENCE = Path.of("/work/shared/reference/error-codes.tsv");

    private static final List<String> ENGLISH_BEFORE = List.of("", "Error code:", "Error:", "HRESULT =",
            "The Software Licensing Service reported the error", "slmgr /ato failed with",
            "Activation ID: 7dc26449-db21-4e09-ba37-28f2958506a6 Notification Reason:",
            "On 2024-05-04 10:12:33 activation failed with", "Remaining Windows rearm count: 1001. Error",
            "Installation ID: 1234567 7654321 1111111, code", "Activation failed (attempt 3 of 5), error");
    private static final List<String> JAPANESE_BEFORE = List.of("エラー:", "エラー コード", "ライセンス認証できませんでした。エラー コード:",
            "2024/05/04 に認証に失敗しました", "キー管理サービス (KMS) に接続できませんでした。エラー", "エラー", "コード：");
    private static final List<String> ENGLISH_AFTER = List.of("", ".", " was returned.",
            " Key Management Service (KMS) could not be contacted", ") on 2024-05-04", " (attempt 3 of 5)",
            " - see Activation ID 7dc26449-db21-4e09-ba37-28f2958506a6");
    private static final List<String> JAPANESE_AFTER = List.of("。", "キー管理サービス (KMS) に接続できませんでした", "。再試行してください。",
            "（3 回目）", "が返されました");
    private static final List<String> SEPARATORS = List.of("", " ", "  ", "\t", "\u3000", "\u00A0", "\n", "「", "」",
            "(", ")", ": ", "=", "：");

    // ---- every known code, in every form ----

    @Test
    void everyCatalogCodeParsesInEveryForm() {
        assertEveryFormParses(ErrorCatalog.load().codes(), 20260504L);
    }

    @Test
    void everyCodeOfTheReferenceListParsesInEveryForm() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCE), "reference list not on this machine: " + REFERENCE);
        List<Hresult> codes = Files.readAllLines(REFERENCE, StandardCharsets.UTF_8).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> Hresult.parseCanonical(line.split("\t")[0])).toList();
        assertThat(codes).hasSizeGreaterThan(100);
        assertEveryFormParses(codes, 440L);
    }

    private static void assertEveryFormParses(Collection<Hresult> codes, long seed) {
        assertThat(codes).isNotEmpty();
        Random random = new Random(seed);
        for (Hresult code : codes) {
            for (String form : forms(code, random)) {
                for (int round = 0; round < 4; round++) {
                    String text = round == 0 ? form : inSentence(form, random);
                    assertThat(HresultParser.parse(text)).as("seed=%d code=%s text=[%s]", seed, code, text)
                            .isEqualTo(new ParsedCode.Found(code));
                    String fullWidth = fullWidth(text);
                    assertThat(HresultParser.parse(fullWidth)).as("seed=%d code=%s text=[%s]", seed, code, fullWidth)
                            .isEqualTo(new ParsedCode.Found(code));
                }
            }
            for (String form : formsWithoutSeverityBits(code)) {
                // Documented rule: without 0x, only values with severity bits are taken for codes.
                assertThat(HresultParser.parse(form)).as("seed=%d code=%s text=[%s]", seed, code, form)
                        .isInstanceOf(ParsedCode.NotACode.class);
            }
        }
    }

    /** Every way the code is written that must parse back to it. */
    private static List<String> forms(Hresult code, Random random) {
        String hex = String.format(Locale.ROOT, "%08X", code.value());
        List<String> forms = new ArrayList<>(List.of("0x" + hex, "0x" + hex.toLowerCase(Locale.ROOT), "0X" + hex,
                "0x" + hex + "L", "((HRESULT)0x" + hex + "L)", spacedHex(hex, random)));
        if (hasSeverityBits(code)) {
            forms.addAll(List.of(hex, hex.toLowerCase(Locale.ROOT), String.valueOf(code.value()),
                    String.valueOf(Integer.toUnsignedLong(code.value()))));
            if (code.value() < 0) {
                forms.add("\u2212" + Integer.toString(code.value()).substring(1)); // typographic minus
            }
        }
        return forms;
    }

    private static List<String> formsWithoutSeverityBits(Hresult code) {
        String hex = String.format(Locale.ROOT, "%08X", code.value());
        return hasSeverityBits(code) ? List.of() : List.of(hex, String.valueOf(code.value()));
    }

    private static boolean hasSeverityBits(Hresult code) {
        return Integer.toUnsignedLong(code.value()) >= 0x4000_0000L;
    }

    /** {@code 0x C004F C07}: spaces after the prefix and between digit groups, as people type them. */
    private static String spacedHex(String hex, Random random) {
        StringBuilder text = new StringBuilder("0x");
        for (int i = 0; i < hex.length(); i++) {
            if (random.nextInt(4) == 0) {
                text.append(random.nextBoolean() ? " " : random.nextBoolean() ? "\u3000" : "\t");
            }
            text.append(hex.charAt(i));
        }
        return text.toString();
    }

    private static String inSentence(String code, Random random) {
        boolean japanese = random.nextBoolean();
        String before = pick(japanese ? JAPANESE_BEFORE : ENGLISH_BEFORE, random);
        String after = pick(japanese ? JAPANESE_AFTER : ENGLISH_AFTER, random);
        return " ".repeat(random.nextInt(3)) + join(join(before, pick(SEPARATORS, random), code),
                pick(SEPARATORS, random), after) + " ".repeat(random.nextInt(3));
    }

    /** Joins with the separator, but never glues two ASCII words into one (that would be another word). */
    private static String join(String left, String separator, String right) {
        boolean glued = separator.isEmpty() && !left.isEmpty() && !right.isEmpty()
                && isAsciiWordChar(left.charAt(left.length() - 1)) && isAsciiWordChar(right.charAt(0));
        return left + (glued ? " " : separator) + right;
    }

    /** Letters, digits, and a minus, which right after a word would be a hyphen rather than a sign. */
    private static boolean isAsciiWordChar(char c) {
        return (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) || c == '\u2212';
    }

    private static String pick(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** ASCII as typed with a Japanese input method in full-width mode. */
    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        for (char c : text.toCharArray()) {
            wide.append(c > ' ' && c <= '~' ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return wide.toString();
    }

    // ---- the examples people paste ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0xC004FC07|0xC004FC07",
            "C004FC07|0xC004FC07",
            "0xc004fc07|0xC004FC07",
            "-1073415161|0xC004FC07",
            "3221552135|0xC004FC07",
            "０ｘＣ００４ＦＣ０７|0xC004FC07",
            "'  0x C004 FC07  '|0xC004FC07",
            "エラー: 0xC004F074 キー管理サービス (KMS) に接続できませんでした|0xC004F074",
            "エラー：０ｘＣ００４Ｆ０７４。|0xC004F074",
            "Error code: 0xC004FC07.|0xC004FC07",
            "HRESULT = -1073418124|0xC004F074",
            "HRESULT=-1073418124|0xC004F074",
            "slerror.h: #define SL_E_VL_BINDING_SERVICE_UNAVAILABLE ((HRESULT)0xC004F074L)|0xC004F074",
            "80070005|0x80070005",
            "4004F00C|0x4004F00C",
            "1074065420|0x4004F00C",
            "2147483647|0x7FFFFFFF",
            "-2147483648|0x80000000",
            "4294967295|0xFFFFFFFF",
            "0x00000000|0x00000000",
            "0x00002328|0x00002328"})
    void readsTheCodeInTheFormsPeopleMeet(String text, String expected) {
        assertThat(HresultParser.parse(text)).isEqualTo(new ParsedCode.Found(Hresult.parseCanonical(expected)));
    }

    // ---- several numbers in one text: the documented order ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the first 0x code wins
            "0x80070005 then 0xC004F074|0x80070005",
            // a 0x code beats a bare hex code and a decimal, wherever they are
            "C004F074 and later 0xC004FC07|0xC004FC07",
            "-1073418124 and later 0xC004FC07|0xC004FC07",
            // a bare hex code beats a decimal
            "-1073418124 and later C004FC07|0xC004FC07",
            // the first plausible decimal wins; small numbers are passed over
            "attempt 3 of 5: -1073418124, then 3221552135|0xC004F074",
            // a GUID segment or a date is not a code
            "Activation ID: 7dc26449-db21-4e09-ba37-28f2958506a6 Notification Reason: 0xC004FC07|0xC004FC07",
            "Activation ID: 7dc26449-db21-4e09-ba37-28f2958506a6, reason -1073415161|0xC004FC07",
            "20240504 10:12:33 Error C004F074|0xC004F074",
            // a minus between words is a hyphen, not a sign
            "build 17763-1073418124 failed with 3221552135|0xC004FC07"})
    void picksTheCodeByTheDocumentedOrder(String text, String expected) {
        assertThat(HresultParser.parse(text)).isEqualTo(new ParsedCode.Found(Hresult.parseCanonical(expected)));
    }

    // ---- not a code ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345|PLAIN_NUMBER|12345",
            "9003|PLAIN_NUMBER|9003",
            "-5|PLAIN_NUMBER|-5",
            "-65535|PLAIN_NUMBER|-65535",
            "20240504|PLAIN_NUMBER|20240504",
            "123456789|PLAIN_NUMBER|123456789",
            "1073741823|PLAIN_NUMBER|1073741823",
            "0x123|HEX_LENGTH|0x123",
            "0xC004FC07FF|HEX_LENGTH|0xC004FC07FF",
            "0xC004FG07|HEX_LENGTH|0xC004FG07",
            "0x|HEX_LENGTH|0x",
            "error 0x123 at line 5|HEX_LENGTH|0x123",
            "4294967296|OUT_OF_RANGE|4294967296",
            "-2147483649|OUT_OF_RANGE|-2147483649",
            "99999999999999999999999|OUT_OF_RANGE|99999999999999999999999",
            "hello|NO_CODE|hello",
            "7dc26449-db21-4e09-ba37-28f2958506a6|NO_CODE|7dc26449-db21-4e09-ba37-28f2958506a6",
            "DEADBEE|NO_CODE|DEADBEE"})
    void saysWhyATextIsNotACode(String text, ParsedCode.Reason reason, String offending) {
        assertThat(HresultParser.parse(text)).isEqualTo(new ParsedCode.NotACode(reason, offending));
    }

    @Test
    void nothingTypedIsEmpty() {
        for (String text : new String[] {null, "", "   ", "\u3000\t\n"}) {
            assertThat(HresultParser.parse(text)).as("[%s]", text)
                    .isEqualTo(new ParsedCode.NotACode(ParsedCode.Reason.EMPTY, ""));
        }
    }

    // ---- fuzz ----

    @Test
    void randomTextNeverThrowsAndAnyCodeFoundReadsBackTheSame() {
        long seed = 77L;
        Random random = new Random(seed);
        String alphabet = "0123456789abcdefxABCDEFX-−+ \t\n.,:;=()「」エラー０１ｘＣＦ－\u3000\uD800\uDC00\uDFFF";
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = text.toString();
            ParsedCode[] result = new ParsedCode[1];
            assertThatCode(() -> result[0] = HresultParser.parse(input)).as("seed=%d text=[%s]", seed, input)
                    .doesNotThrowAnyException();
            assertThat(result[0]).as("seed=%d text=[%s]", seed, input).isNotNull();
            if (result[0] instanceof ParsedCode.Found hit) {
                found++;
                assertThat(HresultParser.parse(hit.code().toString())).as("seed=%d text=[%s]", seed, input)
                        .isEqualTo(hit);
            }
        }
        assertThat(found).as("seed=%d: the fuzzer also reaches codes", seed).isPositive();
    }

    @Test
    void textWithoutAnyHexDigitIsNeverACode() {
        long seed = 4004L;
        Random random = new Random(seed);
        String alphabet = "ghijklmnopqrstuvwxyzGHIJKLMNOPXYZ -−+.,:=()「」エラーキー管理サービスｘｇ\u3000\n";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(HresultParser.parse(text.toString())).as("seed=%d text=[%s]", seed, text)
                    .isInstanceOf(ParsedCode.NotACode.class);
        }
    }
}
