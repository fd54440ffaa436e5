package org.activationdesk.core.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HresultTest {

    @Test
    void parsesTheCanonicalForm() {
        Hresult code = Hresult.parseCanonical("0xC004FC07");

        assertThat(code.value()).isEqualTo(0xC004FC07);
        // the same code however it is written down
        assertThat(code).isEqualTo(new Hresult(-1073415161)).isEqualTo(new Hresult((int) 3221552135L));
    }

    @Test
    void parsesLowerCaseHexDigits() {
        assertThat(Hresult.parseCanonical("0xc004fc07")).isEqualTo(Hresult.parseCanonical("0xC004FC07"));
        assertThat(Hresult.parseCanonical("0x8007232b").value()).isEqualTo(0x8007232B);
    }

    @Test
    void parsesZeroAndTheLargestValue() {
        assertThat(Hresult.parseCanonical("0x00000000")).isEqualTo(Hresult.S_OK);
        assertThat(Hresult.parseCanonical("0xFFFFFFFF").value()).isEqualTo(-1);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "C004FC07", "0xC004FC0", "0xC004FC071", "0x1", " 0xC004FC07", "0xC004FC07 ",
            "0xC004FG07", "-1073415161", "3221552135", "0x-C004FC0", "x0C004FC07", "0xC004 FC07", "0x+0004FC07",
            "0xC004FC07\n", "０xC004FC07"})
    void rejectsEverythingElse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Hresult.parseCanonical(text));
    }

    @Test
    void printsUpperCaseWithEightDigits() {
        assertThat(new Hresult(0xc004fc07).toString()).isEqualTo("0xC004FC07");
        assertThat(Hresult.S_OK.toString()).isEqualTo("0x00000000");
        assertThat(new Hresult(0x2A).toString()).isEqualTo("0x0000002A");
        assertThat(new Hresult(0x8007232b).toString()).isEqualTo("0x8007232B");
    }

    @Test
    void printAndParseRoundTripForRandomValues() {
        long seed = 20260504L;
        Random random = new Random(seed);
        for (int i = 0; i < 10_000; i++) {
            Hresult code = new Hresult(random.nextInt());
            String text = code.toString();

            assertThat(text).as("seed=%d value=%d", seed, code.value()).matches("0x[0-9A-F]{8}");
            assertThat(Hresult.parseCanonical(text)).as("seed=%d", seed).isEqualTo(code);
            assertThat(Hresult.parseCanonical(text.toLowerCase())).as("seed=%d", seed).isEqualTo(code);
            assertThat(code.isFailure()).as("seed=%d %s", seed, text).isEqualTo(text.charAt(2) >= '8');
        }
    }

    @Test
    void failureIsTheSeverityBit() {
        assertThat(new Hresult(0xC004FC07).isFailure()).isTrue();
        assertThat(new Hresult(0x80072EE7).isFailure()).isTrue();
        assertThat(new Hresult(0x80000000).isFailure()).isTrue();
        assertThat(new Hresult(0x4004F00C).isFailure()).as("informational").isFalse();
        assertThat(new Hresult(0x7FFFFFFF).isFailure()).isFalse();
        assertThat(Hresult.S_OK.isFailure()).isFalse();
        assertThat(Hresult.S_OK.isSuccess()).isTrue();
        assertThat(new Hresult(0xC004FC07).isSuccess()).isFalse();
    }

    @Test
    void facilityAndCode() {
        Hresult noInternet = new Hresult(0x80072EE7); // WinINet 12007, as a Win32 HRESULT

        assertThat(noInternet.facility()).isEqualTo(7);
        assertThat(noInternet.code()).isEqualTo(12007);
        assertThat(new Hresult(0x8007232B).code()).isEqualTo(9003); // DNS_ERROR_RCODE_NAME_ERROR
        assertThat(new Hresult(0xC004FC07).facility()).isEqualTo(4);
        assertThat(new Hresult(0xC004FC07).code()).isEqualTo(0xFC07);
    }
}
