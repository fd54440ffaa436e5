package org.activationdesk.core.errors;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An HRESULT taken apart, for codes the catalog does not know: severity, facility and code number.
 *
 * <p>Layout (winerror.h): bit 31 severity, bit 29 customer-defined, bit 28 an NTSTATUS mapped to an HRESULT,
 * bits 16-26 facility, bits 0-15 code. When bit 29 or 28 is set the facility number is not one of
 * winerror.h's, so it gets no name.
 *
 * @param facilityName empty when the facility is not one Activation Desk knows by name
 * @param win32Error   for facility WIN32, the Win32 error number (0x80070002 wraps 2)
 */
public record HresultParts(Hresult code, Severity severity, int facility, Optional<Facility> facilityName,
                           int codeNumber, OptionalInt win32Error) {

    private static final int CUSTOMER_BIT = 0x2000_0000;
    private static final int NTSTATUS_BIT = 0x1000_0000;

    public HresultParts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(facilityName, "facilityName");
        Objects.requireNonNull(win32Error, "win32Error");
    }

    public static HresultParts of(Hresult code) {
        boolean microsoftLayout = (code.value() & (CUSTOMER_BIT | NTSTATUS_BIT)) == 0;
        Optional<Facility> name = microsoftLayout ? Facility.ofNumber(code.facility()) : Optional.empty();
        OptionalInt win32 = name.filter(f -> f == Facility.WIN32).isPresent()
                ? OptionalInt.of(code.code()) : OptionalInt.empty();
        return new HresultParts(code, Severity.of(code), code.facility(), name, code.code(), win32);
    }
}
