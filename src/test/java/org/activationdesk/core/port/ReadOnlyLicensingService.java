package org.activationdesk.core.port;

import org.activationdesk.core.key.ProductKey;

/**
 * A test double base for tests that only read the machine: every change fails loudly, so a test that
 * changes licensing by mistake cannot pass. Subclasses supply {@link #snapshot()} and override what they use.
 */
public abstract class ReadOnlyLicensingService implements LicensingService {

    @Override
    public void activateOnline(String activationId) throws LicensingException {
        throw refused("activateOnline");
    }

    @Override
    public void installProductKey(ProductKey key) throws LicensingException {
        throw refused("installProductKey");
    }

    @Override
    public void uninstallProductKey(String activationId) throws LicensingException {
        throw refused("uninstallProductKey");
    }

    @Override
    public void clearProductKeyFromRegistry() throws LicensingException {
        throw refused("clearProductKeyFromRegistry");
    }

    @Override
    public String installationId(String activationId) throws LicensingException {
        throw refused("installationId");
    }

    @Override
    public void depositConfirmationId(String activationId, String installationId, String confirmationId)
            throws LicensingException {
        throw refused("depositConfirmationId");
    }

    @Override
    public void rearm() throws LicensingException {
        throw refused("rearm");
    }

    @Override
    public void setKmsHost(String host, int port) throws LicensingException {
        throw refused("setKmsHost");
    }

    @Override
    public void clearKmsHost() throws LicensingException {
        throw refused("clearKmsHost");
    }

    @Override
    public void convertEdition(String targetEditionId, ProductKey key) throws LicensingException {
        throw refused("convertEdition");
    }

    private static UnsupportedOperationException refused(String operation) {
        return new UnsupportedOperationException(operation + " called on a read-only test double");
    }
}
