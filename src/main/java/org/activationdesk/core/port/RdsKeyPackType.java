package org.activationdesk.core.port;

/** Win32_TSLicenseKeyPack.KeyPackType: how the CALs in a key pack were bought (0 to 6, in this order). */
public enum RdsKeyPackType {
    UNKNOWN,
    RETAIL_PURCHASE,
    VOLUME_PURCHASE,
    CONCURRENT,
    TEMPORARY,
    OPEN_LICENSE,
    NOT_SUPPORTED;

    /** The WMI value. */
    public int code() {
        return ordinal();
    }

    /** @throws IllegalArgumentException for a value WMI does not document */
    public static RdsKeyPackType fromCode(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("KeyPackType is 0 to 6, was " + code);
        }
        return values()[code];
    }
}
