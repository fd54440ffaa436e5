package org.activationdesk.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.activationdesk.core.phone.PhoneInfParser.CountryNumbers;
import org.activationdesk.core.phone.PhoneInfParser.Entry;
import org.activationdesk.core.phone.PhoneInfParser.PhoneInf;
import org.junit.jupiter.api.Test;

/**
 * The phone.inf reader on hand-written files in INF syntax and on seeded random ones. The numbers are made up for
 * the test (555 style); no real activation number is part of this repository.
 */
class PhoneInfParserTest {

    static final String XP_SHAPE = """
            ; Activation phone numbers
            [Version]
            Signature = $Chicago$

            [IsoCodes]
            AUS,,,%Australia%,1800 555 001,+ 61 2 5550 0001
            KOR,,,%Korea%,%not_available%,+82 2 555 0002   ; trailing comment
            DEU,,,%Germany%,0800 555 0003%or%0800 555 0004,"+49, 555"
            XX,,,%Broken%,1,2
            USA,,,%Unknown token%,1 800 555 0005

            [TapiCodes]
            61 = AUS

            [Strings]
            Australia = "Australia"
            korea = "Korea, Republic of"
            GERMANY = "Deutschland"
            not_available = "Not available"
            or = " or "
            """;

    @Test
    void theXpShapeListsNumbersByCountryWithTokensResolved() {
        PhoneInf inf = PhoneInfParser.parse(XP_SHAPE);
        assertThat(inf.recognized()).isTrue();
        assertThat(inf.countries()).containsExactly(
                new CountryNumbers("AUS", "Australia", "1800 555 001", "+ 61 2 5550 0001"),
                new CountryNumbers("KOR", "Korea, Republic of", "Not available", "+82 2 555 0002"),
                new CountryNumbers("DEU", "Deutschland", "0800 555 0003 or 0800 555 0004", "+49, 555"),
                new CountryNumbers("USA", "%Unknown token%", "1 800 555 0005", ""));
        assertThat(inf.sections()).containsKeys("version", "isocodes", "tapicodes", "strings");
        assertThat(inf.sections().get("version")).containsExactly(new Entry("Signature", "$Chicago$"));
        assertThat(inf.sections().get("tapicodes")).containsExactly(new Entry("61", "AUS"));
    }

    @Test
    void everyEncodingWindowsUsesForInfFiles() {
        PhoneInf expected = PhoneInfParser.parse(XP_SHAPE);
        for (byte[] bytes : List.of(withBom(XP_SHAPE, StandardCharsets.UTF_16LE, 0xFF, 0xFE),
                withBom(XP_SHAPE, StandardCharsets.UTF_16BE, 0xFE, 0xFF),
                withBom(XP_SHAPE, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
                XP_SHAPE.getBytes(StandardCharsets.UTF_16LE), XP_SHAPE.getBytes(StandardCharsets.UTF_8),
                XP_SHAPE.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1))) {
            assertThat(PhoneInfParser.parse(bytes).countries()).isEqualTo(expected.countries());
        }
    }

    @Test
    void ansiTextThatIsNotUtf8IsReadAsWindows1252() {
        byte[] bytes = "[Strings]\nx = \"Côte d'Ivoire\"\n".getBytes(Charset.forName("windows-1252"));
        assertThat(PhoneInfParser.parse(bytes).sections().get("strings")).containsExactly(
                new Entry("x", "Côte d'Ivoire"));
    }

    @Test
    void anUnknownLayoutIsNotRecognisedButCanBeSearched() {
        PhoneInf inf = PhoneInfParser.parse("""
                [Numbers]
                Japan = 0120-555-0006 ; toll free
                Brazil = %brazil_number%
                [Strings]
                brazil_number = "0800 555 0007"
                """);
        assertThat(inf.recognized()).isFalse();
        assertThat(inf.sections().get("numbers")).containsExactly(new Entry("Japan", "0120-555-0006"),
                new Entry("Brazil", "0800 555 0007"));
        assertThat(inf.search("japan")).containsExactly("Japan = 0120-555-0006 ; toll free");
        assertThat(inf.search("0800 555")).containsExactly("Brazil = 0800 555 0007", "brazil_number = \"0800 555 0007\"");
        assertThat(inf.search("  ")).isEmpty();
        assertThat(inf.search(null)).isEmpty();
    }

    @Test
    void continuationsQuotesAndPercentSigns() {
        PhoneInf inf = PhoneInfParser.parse("[A]\nkey = first \\\n  second\nq = \"a ; not a comment\"\n"
                + "quote = \"say \"\"hi\"\"\"\npercent = 100%% sure\n[Strings]\n");
        assertThat(inf.sections().get("a")).containsExactly(new Entry("key", "first second"),
                new Entry("q", "a ; not a comment"), new Entry("quote", "say \"hi\""), new Entry("percent", "100% sure"));
    }

    @Test
    void nothingAndNonsenseGiveAnEmptyResult() {
        assertThat(PhoneInfParser.parse((byte[]) null).sections()).isEmpty();
        assertThat(PhoneInfParser.parse("").recognized()).isFalse();
        assertThat(PhoneInfParser.parse("no sections at all\nkey=value").sections()).isEmpty();
    }

    @Test
    void generatedFilesAreReadBackWhateverTheirFormattingAndEncoding() {
        Random random = new Random(555L);
        for (int round = 0; round < 300; round++) {
            Map<String, String> strings = new LinkedHashMap<>();
            List<CountryNumbers> expected = new ArrayList<>();
            StringBuilder iso = new StringBuilder(caseOf(random, "[IsoCodes]")).append('\n');
            for (int i = random.nextInt(1, 12); i > 0; i--) {
                String code = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                        + (char) ('A' + random.nextInt(26));
                String token = "c" + round + "_" + i;
                String country = word(random) + (random.nextBoolean() ? ", " + word(random) : "");
                strings.put(token, country);
                String tollFree = random.nextBoolean() ? number(random) : "";
                String toll = number(random);
                iso.append(code).append(",,,%").append(caseOf(random, token)).append("%,").append(tollFree)
                        .append(',').append(toll).append(random.nextBoolean() ? "  ; note" : "").append('\n');
                if (random.nextInt(4) == 0) {
                    iso.append('\n');
                }
                expected.add(new CountryNumbers(code, country, tollFree, toll));
            }
            StringBuilder stringsSection = new StringBuilder("[Strings]\n");
            strings.forEach((token, value) -> stringsSection.append(token).append(random.nextBoolean() ? " = " : "=")
                    .append('"').append(value).append("\"\n"));
            String text = random.nextBoolean() ? iso + "\n" + stringsSection : stringsSection + "\n" + iso;
            if (random.nextBoolean()) {
                text = text.replace("\n", "\r\n");
            }
            byte[] bytes = switch (random.nextInt(3)) {
                case 0 -> withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE);
                case 1 -> withBom(text, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF);
                default -> text.getBytes(StandardCharsets.UTF_8);
            };
            assertThat(PhoneInfParser.parse(bytes).countries()).as("round %d:%n%s", round, text)
                    .isEqualTo(expected);
        }
    }

    @Test
    void anyBytesGiveAResultAndNeverAnException() {
        Random random = new Random(1168L);
        byte[] good = withBom(XP_SHAPE, StandardCharsets.UTF_16LE, 0xFF, 0xFE);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = random.nextBoolean() ? good.clone() : new byte[random.nextInt(400)];
            if (bytes.length != good.length) {
                random.nextBytes(bytes);
            } else {
                for (int k = random.nextInt(1, 20); k > 0; k--) {
                    String noise = "[]=;%\",\\\n\r\0A";
                    bytes[random.nextInt(bytes.length)] = (byte) noise.charAt(random.nextInt(noise.length()));
                }
            }
            PhoneInf inf = PhoneInfParser.parse(bytes);
            assertThat(inf.text()).isNotNull();
            inf.search("a");
            for (CountryNumbers country : inf.countries()) {
                assertThat(country.isoCode()).matches("[A-Z]{3}");
            }
        }
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(3, 10); i > 0; i--) {
            word.append((char) ((i == 1 ? 'A' : 'a') + random.nextInt(26)));
        }
        return random.nextInt(5) == 0 ? word + " ターン" : word.toString();
    }

    private static String number(Random random) {
        StringBuilder number = new StringBuilder(random.nextBoolean() ? "+" : "");
        for (int i = random.nextInt(6, 14); i > 0; i--) {
            number.append(random.nextInt(7) == 0 ? ' ' : (char) ('0' + random.nextInt(10)));
        }
        return number.toString().strip();
    }

    private static String caseOf(Random random, String text) {
        return switch (random.nextInt(3)) {
            case 0 -> text.toUpperCase(Locale.ROOT);
            case 1 -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    private static byte[] withBom(String text, Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
