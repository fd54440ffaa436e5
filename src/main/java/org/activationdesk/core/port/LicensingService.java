package org.activationdesk.core.port;

import org.activationdesk.core.key.ProductKey;

/**
 * The Windows licensing service, as the rest of the application sees it. Implemented by the real
 * service on Windows and by the practice simulator everywhere. Every call may block (RPC, WMI, network):
 * never call it on the JavaFX application thread. Every call that fails throws a {@link LicensingException}
 * carrying the service's HRESULT (0xC004F025 when it needs an administrator), so the error catalog can explain it.
 *
 * <p>Only documented operations are offered: nothing here touches licensing stores, timers or services
 * directly, and there is no way to extend a grace period other than the documented, counted rearm.
 */
public interface LicensingService {

    /** Reads the current state of the machine and of every product that has a key. */
    MachineSnapshot snapshot() throws LicensingException;

    /**
     * Activates one product online (retail, MAK) or against its KMS host (KMS client).
     *
     * @throws LicensingException with the service's HRESULT when activation fails
     */
    void activateOnline(String activationId) throws LicensingException;

    /**
     * Installs a product key (slmgr /ipk). The service picks the product the key belongs to and replaces
     * that product's key; it rejects a key for an edition that is not installed (0xC004F069, 0xC004F050).
     * Installing a key never activates it.
     */
    void installProductKey(ProductKey key) throws LicensingException;

    /** Removes the product's key (slmgr /upk); the product falls back to notification. */
    void uninstallProductKey(String activationId) throws LicensingException;

    /**
     * Clears the product key from the registry (slmgr /cpky), so it cannot be read back after deployment.
     * Activation is not affected.
     */
    void clearProductKeyFromRegistry() throws LicensingException;

    /**
     * The product's offline Installation ID as digits only (63 on Windows 8 and later, 54 before), read fresh:
     * it changes when the key or the hardware binding changes.
     */
    String installationId(String activationId) throws LicensingException;

    /**
     * Deposits the Confirmation ID Microsoft gave for this Installation ID (slmgr /atp), digits only.
     * Fails with 0xC004F04D (a digit is wrong) or 0xC004F031 (the IDs do not belong together).
     */
    void depositConfirmationId(String activationId, String installationId, String confirmationId)
            throws LicensingException;

    /**
     * Resets the licensing timers through the documented call (slmgr /rearm): uses one of the remaining rearms
     * and needs a restart. Fails with 0xC004D307 when none is left.
     */
    void rearm() throws LicensingException;

    /**
     * Sets the KMS host this machine's KMS client uses (slmgr /skms), instead of the one found in DNS.
     *
     * @param port the TCP port, or 0 for the default 1688
     */
    void setKmsHost(String host, int port) throws LicensingException;

    /** Clears a KMS host set by hand (slmgr /ckms): the client finds its host in DNS again. */
    void clearKmsHost() throws LicensingException;

    /**
     * Converts the installed edition to another with a key for it (on Windows the documented
     * {@code DISM /Online /Set-Edition:<editionId> /ProductKey:<key> /AcceptEula}); the machine must restart
     * afterwards. Rejects what Windows rejects (a domain controller cannot be converted from evaluation).
     */
    void convertEdition(String targetEditionId, ProductKey key) throws LicensingException;
}
