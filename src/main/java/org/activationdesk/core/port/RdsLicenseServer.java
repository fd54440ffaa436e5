package org.activationdesk.core.port;

import java.util.List;
import java.util.Objects;

/**
 * The RD license server role on this machine.
 *
 * @param licenseServerId the 35-character ID Microsoft issued, or null while not activated
 * @param productId       the ID the Clearinghouse asks for when activating by web or phone
 * @param databasePath    where the licensing database lives (must be backed up)
 * @param contact         the contact properties automatic (re)activation sends
 */
public record RdsLicenseServer(RdsActivationStatus activationStatus, String licenseServerId, String productId,
                               String databasePath, List<RdsKeyPack> keyPacks, RdsContact contact) {

    public RdsLicenseServer {
        Objects.requireNonNull(activationStatus, "activationStatus");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(databasePath, "databasePath");
        Objects.requireNonNull(contact, "contact");
        keyPacks = List.copyOf(keyPacks);
        if (licenseServerId != null && !licenseServerId.matches("[A-Z0-9]{35}")) {
            throw new IllegalArgumentException("licenseServerId must be 35 letters or digits");
        }
    }

    /** A server whose contact properties were not read: none filled in. */
    public RdsLicenseServer(RdsActivationStatus activationStatus, String licenseServerId, String productId,
                            String databasePath, List<RdsKeyPack> keyPacks) {
        this(activationStatus, licenseServerId, productId, databasePath, keyPacks, RdsContact.EMPTY);
    }

    public int availableLicenses() {
        return keyPacks.stream().mapToInt(RdsKeyPack::availableLicenses).sum();
    }

    public boolean isActivated() {
        return activationStatus == RdsActivationStatus.ACTIVATED;
    }
}
