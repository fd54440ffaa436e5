package org.activationdesk.platform.windows.wmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.activationdesk.platform.windows.WindowsCallException;
import org.junit.jupiter.api.Test;

/** Recorded values as jna-platform delivers them: nulls, unsigned numbers, wrong types. */
class WmiObjectTest {

    private static WmiObject<WmiSchema.Product> product(Map<WmiSchema.Product, Object> values) {
        return new WmiObject<>(WmiSchema.PRODUCT, values);
    }

    @Test
    void nullsAreAbsent() throws WindowsCallException {
        Map<WmiSchema.Product, Object> values = new HashMap<>();
        values.put(WmiSchema.Product.PartialProductKey, null);
        WmiObject<WmiSchema.Product> row = product(values);
        assertThat(row.string(WmiSchema.Product.PartialProductKey)).isEmpty();
        assertThat(row.uint32(WmiSchema.Product.LicenseStatus)).isEmpty();
        assertThat(row.bool(WmiSchema.Product.LicenseIsAddon)).isEmpty();
        assertThat(row.datetime(WmiSchema.Product.EvaluationEndDate)).isEmpty();
        assertThat(row.string(WmiSchema.Product.ID)).isEmpty();
    }

    @Test
    void uint32IsReadUnsigned() throws WindowsCallException {
        WmiObject<WmiSchema.Product> row = product(Map.of(WmiSchema.Product.LicenseStatusReason, 0xC004FC07,
                WmiSchema.Product.GracePeriodRemaining, (short) -1, WmiSchema.Product.LicenseStatus, (byte) 5));
        assertThat(row.uint32(WmiSchema.Product.LicenseStatusReason)).hasValue(0xC004FC07L);
        assertThat(row.uint32(WmiSchema.Product.GracePeriodRemaining)).hasValue(0xFFFFL);
        assertThat(row.uint32(WmiSchema.Product.LicenseStatus)).hasValue(5L);
    }

    @Test
    void aValueOfAnotherTypeIsReportedWithClassPropertyAndCode() {
        WmiObject<WmiSchema.Product> row = product(Map.of(WmiSchema.Product.LicenseStatus, "1",
                WmiSchema.Product.Name, 7, WmiSchema.Product.LicenseIsAddon, 0, WmiSchema.Product.EvaluationEndDate,
                "tomorrow"));
        assertThatThrownBy(() -> row.uint32(WmiSchema.Product.LicenseStatus))
                .isInstanceOf(WindowsCallException.class)
                .hasMessageContaining("SoftwareLicensingProduct.LicenseStatus").hasMessageContaining("0x80041005");
        assertThatThrownBy(() -> row.string(WmiSchema.Product.Name)).hasMessageContaining("0x80041005");
        assertThatThrownBy(() -> row.bool(WmiSchema.Product.LicenseIsAddon)).hasMessageContaining("0x80041005");
        assertThatThrownBy(() -> row.datetime(WmiSchema.Product.EvaluationEndDate))
                .hasMessageContaining("EvaluationEndDate").hasMessageContaining("0x80041005");
    }

    @Test
    void datetimes() throws WindowsCallException {
        WmiObject<WmiSchema.Product> row = product(Map.of(WmiSchema.Product.EvaluationEndDate,
                "20260101000000.000000+000", WmiSchema.Product.Description, "16010101000000.000000-000"));
        assertThat(row.datetime(WmiSchema.Product.EvaluationEndDate)).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(row.datetime(WmiSchema.Product.Description)).isEmpty();
    }

    @Test
    void outputsAreNamedCaseInsensitivelyAndCheckTheirReturnValue() throws WindowsCallException {
        WmiOutput output = new WmiOutput("Win32_TSLicenseServer.GetLicenseServerId",
                Map.of("ReturnValue", 0, "sLicenseServerId", "ABC"));
        assertThat(output.requireSuccess().string("SLICENSESERVERID")).contains("ABC");
        assertThat(output.uint32("returnvalue")).hasValue(0L);
        assertThatThrownBy(() -> output.uint32("sLicenseServerId")).hasMessageContaining("0x80041005");
    }

    @Test
    void aFailedReturnValueBecomesAnHresult() {
        assertThatThrownBy(() -> new WmiOutput("M", Map.of("ReturnValue", 0x80041008)).requireSuccess())
                .isInstanceOf(WindowsCallException.class).hasMessageContaining("0x80041008");
        assertThatThrownBy(() -> new WmiOutput("M", Map.of("ReturnValue", 5)).requireSuccess())
                .hasMessageContaining("0x80070005");
    }

    @Test
    void instancePathsEscapeQuotesAndBackslashes() {
        assertThat(WmiSchema.productPath("a00018a3-f20f-4632-bf7c-8daa5351c914"))
                .isEqualTo("SoftwareLicensingProduct.ID=\"a00018a3-f20f-4632-bf7c-8daa5351c914\"");
        assertThat(WmiGateway.instancePath("C", "K", "a\"b\\c")).isEqualTo("C.K=\"a\\\"b\\\\c\"");
    }
}
