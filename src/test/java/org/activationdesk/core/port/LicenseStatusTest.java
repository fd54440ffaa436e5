package org.activationdesk.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseStatusTest {

    @Test
    void codesZeroToSixRoundTrip() {
        for (int code = 0; code <= 6; code++) {
            LicenseStatus status = LicenseStatus.fromCode(code);
            assertThat(status.code()).as("code %d", code).isEqualTo(code);
        }
        assertThat(Arrays.stream(LicenseStatus.values()).map(s -> LicenseStatus.fromCode(s.code())).toList())
                .containsExactly(LicenseStatus.values());
    }

    @Test
    void documentedNumbers() {
        assertThat(LicenseStatus.fromCode(0)).isEqualTo(LicenseStatus.UNLICENSED);
        assertThat(LicenseStatus.fromCode(1)).isEqualTo(LicenseStatus.LICENSED);
        assertThat(LicenseStatus.fromCode(2)).isEqualTo(LicenseStatus.OOB_GRACE);
        assertThat(LicenseStatus.fromCode(3)).isEqualTo(LicenseStatus.OOT_GRACE);
        assertThat(LicenseStatus.fromCode(4)).isEqualTo(LicenseStatus.NON_GENUINE_GRACE);
        assertThat(LicenseStatus.fromCode(5)).isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(LicenseStatus.fromCode(6)).isEqualTo(LicenseStatus.EXTENDED_GRACE);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, -1, 8, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void otherCodesAreRejected(int code) {
        assertThatIllegalArgumentException().isThrownBy(() -> LicenseStatus.fromCode(code))
                .withMessageContaining(String.valueOf(code));
    }

    @Test
    void graceStates() {
        assertThat(Arrays.stream(LicenseStatus.values()).filter(LicenseStatus::isGrace).toList())
                .containsExactlyInAnyOrder(LicenseStatus.OOB_GRACE, LicenseStatus.OOT_GRACE,
                        LicenseStatus.NON_GENUINE_GRACE, LicenseStatus.EXTENDED_GRACE);
    }
}
