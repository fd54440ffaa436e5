package org.activationdesk.core.port;

/** Win32_TSLicenseServer.GetActivationStatus: 0 activated, 1 not activated, 2 unknown error. */
public enum RdsActivationStatus {
    ACTIVATED(0),
    NOT_ACTIVATED(1),
    UNKNOWN(2);

    private final int code;

    RdsActivationStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
