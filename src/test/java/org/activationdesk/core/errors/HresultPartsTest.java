package org.activationdesk.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HresultPartsTest {

    @Test
    void aWin32ErrorCarriesItsNumber() {
        HresultParts parts = HresultParts.of(Hresult.parseCanonical("0x80070002"));

        assertThat(parts.severity()).isEqualTo(Severity.FAILURE);
        assertThat(parts.facility()).isEqualTo(7);
        assertThat(parts.facilityName()).contains(Facility.WIN32);
        assertThat(parts.win32Error()).isEqualTo(OptionalInt.of(2));
        assertThat(HresultParts.of(Hresult.parseCanonical("0x8007232B")).win32Error()).isEqualTo(OptionalInt.of(9003));
    }

    @Test
    void aLicensingCodeIsInterfaceSpecific() {
        HresultParts parts = HresultParts.of(Hresult.parseCanonical("0xC004FC07"));

        assertThat(parts.severity()).isEqualTo(Severity.FAILURE);
        assertThat(parts.facilityName()).contains(Facility.ITF);
        assertThat(parts.codeNumber()).isEqualTo(0xFC07);
        assertThat(parts.win32Error()).isEmpty();
    }

    @Test
    void informationalLicensingCodesAreSuccesses() {
        HresultParts parts = HresultParts.of(Hresult.parseCanonical("0x4004F00C"));

        assertThat(parts.severity()).isEqualTo(Severity.SUCCESS);
        assertThat(parts.facilityName()).contains(Facility.ITF);
    }

    @Test
    void entitlementServerCodesAreInFacility63() {
        assertThat(HresultParts.of(Hresult.parseCanonical("0x803FA067")).facilityName())
                .contains(Facility.WINDOWS_STORE);
    }

    @Test
    void aFacilityWithoutAKnownNameIsOnlyANumber() {
        HresultParts parts = HresultParts.of(Hresult.parseCanonical("0x87E10BC6"));

        assertThat(parts.facility()).isEqualTo(0x7E1);
        assertThat(parts.facilityName()).isEmpty();
        assertThat(parts.codeNumber()).isEqualTo(0x0BC6);
    }

    @Test
    void customerAndNtStatusCodesAreNotNamedAfterMicrosoftsFacilities() {
        // facility bits 7, but the customer bit (29) or the NTSTATUS bit (28) is set
        for (String code : new String[] {"0xA0070005", "0x90070005"}) {
            HresultParts parts = HresultParts.of(Hresult.parseCanonical(code));
            assertThat(parts.facility()).as(code).isEqualTo(7);
            assertThat(parts.facilityName()).as(code).isEmpty();
            assertThat(parts.win32Error()).as(code).isEmpty();
        }
    }

    @Test
    void facilityNumbersAreThoseOfWinerrorH() {
        assertThat(Arrays.stream(Facility.values()).map(Facility::number).distinct())
                .hasSize(Facility.values().length);
        assertThat(Facility.NULL.number()).isZero();
        assertThat(Facility.RPC.number()).isEqualTo(1);
        assertThat(Facility.ITF.number()).isEqualTo(4);
        assertThat(Facility.WIN32.number()).isEqualTo(7);
        assertThat(Facility.SECURITY.number()).isEqualTo(9);
        assertThat(Facility.INTERNET.number()).isEqualTo(12);
        assertThat(Facility.HTTP.number()).isEqualTo(25);
        assertThat(Facility.WINDOWSUPDATE.number()).isEqualTo(36);
        assertThat(Facility.WINDOWS_STORE.number()).isEqualTo(63);
        assertThat(Facility.ofNumber(5)).isEqualTo(Optional.empty());
    }
}
