package org.activationdesk.core.errors;

import java.util.Optional;

/**
 * The facilities of winerror.h that a helpdesk meets around activation, with their {@code FACILITY_*}
 * numbers. Any other number is shown as a number only: a wrong name would mislead more than none.
 */
public enum Facility {
    NULL(0),
    RPC(1),
    DISPATCH(2),
    STORAGE(3),
    /** Interface-specific; the Software Licensing service ({@code FACILITY_SL_ITF}, 0xC004xxxx) and WMI use it. */
    ITF(4),
    /** A Win32 error number wrapped as an HRESULT (0x8007xxxx). */
    WIN32(7),
    WINDOWS(8),
    /** {@code FACILITY_SECURITY}, also named {@code FACILITY_SSPI}. */
    SECURITY(9),
    CONTROL(10),
    CERT(11),
    INTERNET(12),
    HTTP(25),
    WINDOWSUPDATE(36),
    /** Also the range of the licensing entitlement server's codes (0x803FAxxx, SL_REMAPPING_MDOLLAR_*). */
    WINDOWS_STORE(63);

    private final int number;

    Facility(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<Facility> ofNumber(int number) {
        for (Facility facility : values()) {
            if (facility.number == number) {
                return Optional.of(facility);
            }
        }
        return Optional.empty();
    }
}
