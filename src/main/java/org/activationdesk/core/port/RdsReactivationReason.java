package org.activationdesk.core.port;

/** Win32_TSLicenseServer.ReactivateServerAutomatic(Reason): why the server asks for a new certificate (0 to 4). */
public enum RdsReactivationReason {
    /** The license server was redeployed (reinstalled, moved). */
    REDEPLOYED,
    /** Its certificate is damaged. */
    CERTIFICATE_CORRUPT,
    /** Its private key may be known to others. */
    PRIVATE_KEY_COMPROMISED,
    /** Its activation key has expired. */
    ACTIVATION_KEY_EXPIRED,
    /** The server was upgraded to a newer Windows Server. */
    SERVER_UPGRADED;

    /** The WMI value. */
    public int code() {
        return ordinal();
    }
}
