package org.activationdesk.core.port;

import java.util.Objects;

/**
 * One installed CAL key pack on an RD license server.
 *
 * @param productVersion e.g. "Windows Server 2022"
 */
public record RdsKeyPack(int keyPackId, String description, String productVersion, CalType calType,
                         int totalLicenses, int issuedLicenses, int availableLicenses) {

    public RdsKeyPack {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(calType, "calType");
        if (totalLicenses < 0 || issuedLicenses < 0 || availableLicenses < 0) {
            throw new IllegalArgumentException("licence counts must not be negative");
        }
    }
}
