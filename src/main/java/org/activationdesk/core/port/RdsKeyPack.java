package org.activationdesk.core.port;

import java.time.Instant;
import java.util.Objects;

/**
 * One installed CAL key pack on an RD license server, as Win32_TSLicenseKeyPack reports it.
 *
 * @param keyPackId      the number Windows gave the pack on this server (KeyPackId); not the 35-character key pack
 *                       ID the Clearinghouse issues, which Windows does not report back
 * @param productVersion e.g. "Windows Server 2022" (ProductVersion)
 * @param keyPackType    how the CALs were bought (KeyPackType)
 * @param expirationDate when the pack expires (ExpirationDate), or null when Windows reports none
 */
public record RdsKeyPack(int keyPackId, String description, String productVersion, CalType calType,
                         RdsKeyPackType keyPackType, int totalLicenses, int issuedLicenses, int availableLicenses,
                         Instant expirationDate) {

    public RdsKeyPack {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(calType, "calType");
        Objects.requireNonNull(keyPackType, "keyPackType");
        if (totalLicenses < 0 || issuedLicenses < 0 || availableLicenses < 0) {
            throw new IllegalArgumentException("licence counts must not be negative");
        }
    }

    /** A pack whose purchase type and expiry were not read: both unknown. */
    public RdsKeyPack(int keyPackId, String description, String productVersion, CalType calType,
                      int totalLicenses, int issuedLicenses, int availableLicenses) {
        this(keyPackId, description, productVersion, calType, RdsKeyPackType.UNKNOWN, totalLicenses, issuedLicenses,
                availableLicenses, null);
    }
}
