package org.activationdesk.core.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Random;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KmsEndpointTest {

    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages JA = Messages.of(Language.JAPANESE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kms01|kms01|1688",
            "KMS01.Corp.Example|kms01.corp.example|1688",
            "kms01.corp.example.|kms01.corp.example|1688",
            "kms01.corp.example:1689|kms01.corp.example|1689",
            "192.0.2.10:1688|192.0.2.10|1688",
            "[2001:db8::10]:1700|2001:db8::10|1700",
            "[2001:DB8::10]|2001:db8::10|1688",
            "2001:db8::10|2001:db8::10|1688",
            "'  kms01:1688  '|kms01|1688",
            "ｋｍｓ０１：１６８８|kms01|1688",
            "kms_01|kms_01|1688"})
    void readsWhatPeopleType(String typed, String host, int port) throws BadAddressException {
        KmsEndpoint endpoint = KmsEndpoint.parse(typed);

        assertThat(endpoint.host()).isEqualTo(host);
        assertThat(endpoint.port()).isEqualTo(port);
    }

    @Test
    void writesIpv6InBrackets() throws BadAddressException {
        assertThat(KmsEndpoint.parse("[2001:db8::10]:1688")).hasToString("[2001:db8::10]:1688");
        assertThat(KmsEndpoint.parse("kms01")).hasToString("kms01:1688");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|EMPTY",
            "'   '|EMPTY",
            "kms 01|BAD_CHARACTER",
            "kms01/x|BAD_CHARACTER",
            "kms01:|BAD_PORT",
            "kms01:0|BAD_PORT",
            "kms01:65536|BAD_PORT",
            "kms01:16a8|BAD_PORT",
            "kms01:1688:|BAD_IPV6",
            "kms01:-1|BAD_PORT",
            "[2001:db8::10|UNCLOSED_BRACKET",
            "[kms01]:1688|BAD_IPV6",
            "[2001:db8::10]x|BAD_CHARACTER",
            "[2001:db8::10]:99999|BAD_PORT",
            "kms..corp|EMPTY_LABEL",
            ".kms|EMPTY_LABEL",
            "-kms.corp|LABEL_HYPHEN",
            "kms-.corp|LABEL_HYPHEN",
            "kmsé|BAD_CHARACTER",
            ":1688|EMPTY"})
    void badInputIsNamedWithItsProblem(String typed, AddressProblem problem) {
        BadAddressException e = catchThrowableOfType(BadAddressException.class, () -> KmsEndpoint.parse(typed));

        assertThat(e).as(typed).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.describe(EN)).doesNotContain("!volume").isNotBlank();
        assertThat(e.describe(JA)).doesNotContain("!volume").isNotBlank();
    }

    @Test
    void tooLongNamesAndLabelsAreRefused() {
        String label = "a".repeat(64);
        assertThat(catchThrowableOfType(BadAddressException.class, () -> KmsEndpoint.parse(label + ".corp")).problem())
                .isEqualTo(AddressProblem.LABEL_TOO_LONG);
        String name = ("a".repeat(60) + ".").repeat(5);
        assertThat(catchThrowableOfType(BadAddressException.class, () -> KmsEndpoint.parse(name)).problem())
                .isEqualTo(AddressProblem.TOO_LONG);
        assertThat(catchThrowableOfType(BadAddressException.class, () -> KmsEndpoint.parse("x".repeat(5000)))
                .describe(EN)).hasSizeLessThan(400);
    }

    @Test
    void aSpaceIsShownAsItsCodePointSoTheReaderSeesIt() {
        BadAddressException e = catchThrowableOfType(BadAddressException.class, () -> KmsEndpoint.parse("kms 01"));

        assertThat(e.detail()).isEqualTo("U+0020");
        assertThat(e.describe(EN)).contains("kms 01").contains("U+0020");
    }

    @Test
    void domainsAreNamesWithoutPortOrAddress() throws BadAddressException {
        assertThat(DnsDomain.parse("Corp.Example.").name()).isEqualTo("corp.example");
        assertThat(DnsDomain.parse("_vlmcs._tcp.corp.example").srvName()).isEqualTo("_vlmcs._tcp.corp.example");
        for (String notADomain : new String[] {"corp.example:53", "192.0.2.1", "[::1]", "2001:db8::1"}) {
            assertThat(catchThrowableOfType(BadAddressException.class, () -> DnsDomain.parse(notADomain)).problem())
                    .as(notADomain).isEqualTo(AddressProblem.NOT_A_DOMAIN);
        }
        assertThat(catchThrowableOfType(BadAddressException.class, () -> DnsDomain.parse("_vlmcs._tcp.")).problem())
                .isEqualTo(AddressProblem.EMPTY);
    }

    @Test
    void dnsServersDefaultToPort53() throws BadAddressException {
        assertThat(DnsServer.parse("127.0.0.1")).isEqualTo(new DnsServer("127.0.0.1", 53));
        assertThat(DnsServer.parse("[::1]:5353")).hasToString("[::1]:5353");
    }

    /** Whatever is typed, parsing ends in an endpoint that prints back to itself, or in a worded problem. */
    @Test
    void randomInputParsesOrFailsWithAWordedProblem() {
        long seed = 0xE11D9017L;
        Random random = new Random(seed);
        String alphabet = "abcXYZ019-_.:[]%/ \t\u3000\uff10\uff1a\u00e9@,;";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder typed = new StringBuilder();
            int length = random.nextInt(24);
            for (int c = 0; c < length; c++) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = typed.toString();
            try {
                KmsEndpoint endpoint = KmsEndpoint.parse(input);
                assertThat(KmsEndpoint.parse(endpoint.toString())).as("seed %d: %s", seed, input).isEqualTo(endpoint);
                assertThat(endpoint.port()).isBetween(1, 65535);
            } catch (BadAddressException e) {
                assertThat(e.describe(EN)).as("seed %d: %s", seed, input).doesNotContain("!volume");
                assertThat(e.describe(JA)).doesNotContain("!volume");
            }
        }
    }
}
