package org.activationdesk.platform.windows.wmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CimDateTimeTest {

    @Test
    void readsTheOffsetInMinutes() {
        assertThat(CimDateTime.parse("20250615093000.123456+540"))
                .contains(Instant.parse("2025-06-15T00:30:00.123456Z"));
        assertThat(CimDateTime.parse("20250615003000.000000-060")).contains(Instant.parse("2025-06-15T01:30:00Z"));
    }

    @Test
    void theFiletimeEpochMeansNoDate() {
        assertThat(CimDateTime.parse("16010101000000.000000-000")).isEmpty();
        assertThat(CimDateTime.parse("00000000000000.000000+000")).isEmpty();
    }

    @Test
    void intervalsWildcardsAndNonsenseAreRefused() {
        for (String text : new String[]{"00000001000000.000000:000", "2025****000000.000000+000", "",
                "20251315000000.000000+000", "20250230000000.000000+000", "20250615093000+540", null}) {
            assertThatThrownBy(() -> CimDateTime.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void everyInstantAtEveryOffsetSurvivesTheRoundTrip() {
        Random random = new Random(1601L);
        for (int i = 0; i < 2000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-11_000_000_000L, 250_000_000_000L))
                    .plusNanos(random.nextInt(1_000_000) * 1000L);
            int offset = random.nextInt(-720, 841);
            String text = CimDateTime.format(instant, offset);
            Optional<Instant> back = CimDateTime.parse(text);
            if (instant.isBefore(Instant.parse("1602-01-01T00:00:00Z"))) {
                continue; // near the epoch the local year may be 1601: "no date" by design
            }
            assertThat(back).as(text).contains(instant.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Test
    void garbledTextIsEitherReadOrRefusedNeverAnotherException() {
        Random random = new Random(25L);
        String alphabet = "0123456789.+-:* ";
        String valid = "20250615093000.123456+540";
        for (int i = 0; i < 5000; i++) {
            char[] text = valid.toCharArray();
            for (int k = random.nextInt(1, 4); k > 0; k--) {
                text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String garbled = new String(text);
            try {
                CimDateTime.parse(garbled);
            } catch (IllegalArgumentException refused) {
                assertThat(refused).hasMessageContaining("not a CIM DATETIME");
            }
        }
    }
}
