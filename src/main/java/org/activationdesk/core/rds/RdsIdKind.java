package org.activationdesk.core.rds;

/**
 * The two 35-character IDs of RD licensing. They look alike and go to different places, so they are never mixed up:
 * the license server ID activates a server, a license key pack ID installs CALs on it.
 */
public enum RdsIdKind {
    /** Issued by the Clearinghouse for the server's Product ID; {@code Win32_TSLicenseServer.ActivateServer}. */
    LICENSE_SERVER_ID,
    /** Issued by the Clearinghouse when CALs are bought or migrated; {@code Win32_TSLicenseKeyPack.InstallLicenseKeyPack}. */
    KEY_PACK_ID
}
