package org.activationdesk.core.port;

/** The licensing service's LicenseStatus (SoftwareLicensingProduct), with its documented numbers. */
public enum LicenseStatus {
    UNLICENSED(0),
    LICENSED(1),
    OOB_GRACE(2),
    OOT_GRACE(3),
    NON_GENUINE_GRACE(4),
    NOTIFICATION(5),
    EXTENDED_GRACE(6);

    private final int code;

    LicenseStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static LicenseStatus fromCode(int code) {
        for (LicenseStatus status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("license status must be 0 to 6, was " + code);
    }

    /** True for every state in which Windows still works fully but wants activation soon. */
    public boolean isGrace() {
        return this == OOB_GRACE || this == OOT_GRACE || this == NON_GENUINE_GRACE || this == EXTENDED_GRACE;
    }
}
