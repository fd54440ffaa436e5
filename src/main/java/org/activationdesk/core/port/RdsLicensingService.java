package org.activationdesk.core.port;

import java.util.Optional;
import org.activationdesk.core.errors.Hresult;

/**
 * The Remote Desktop license server role, read and changed through its WMI provider (TlsWmiProv, class
 * {@code Win32_TSLicenseServer} in {@code root\cimv2}) or the simulator. Every call may block: never call it on the
 * JavaFX application thread. Every change needs an administrator; a failed call throws a {@link LicensingException}
 * carrying the method's WBEM code (0x80041003 access denied, 0x80041008 a parameter Windows refused, 0x80041010 the
 * role and so the class is not installed).
 *
 * <p>Only documented methods are offered. IDs are passed as WMI takes them: 35 letters and digits, upper case, no
 * hyphens or spaces (see {@code org.activationdesk.core.rds.RdsId#compact()}). Nothing here issues an ID: the
 * license server ID comes only from the Microsoft Clearinghouse (or, in practice mode, from the practice
 * Clearinghouse).
 *
 * <p>The changes are default methods that answer 0x8004100C (WBEM_E_NOT_SUPPORTED), so an adapter that can only read,
 * such as a test double written as a lambda, needs nothing more; the simulator and the Windows bridge override them.
 */
public interface RdsLicensingService {

    /** What a read-only adapter answers to a change. */
    Hresult NOT_SUPPORTED = new Hresult(0x8004100C); // WBEM_E_NOT_SUPPORTED

    /**
     * The license server on this machine, or empty when the RD Licensing role is not installed. Reads the properties
     * of {@code Win32_TSLicenseServer} (ProductId, DatabasePath, FirstName, LastName, Company, CountryRegion),
     * {@code GetActivationStatus}, {@code GetLicenseServerId} (only when activated) and every
     * {@code Win32_TSLicenseKeyPack}.
     */
    Optional<RdsLicenseServer> licenseServer() throws LicensingException;

    /**
     * Sets the contact properties automatic (re)activation sends, and saves them: {@code FirstName}, {@code LastName},
     * {@code Company}, {@code CountryRegion} of {@code Win32_TSLicenseServer}, then {@code Put()}.
     */
    default void setContact(RdsContact contact) throws LicensingException {
        throw new LicensingException(NOT_SUPPORTED, "This adapter cannot change the RD license server");
    }

    /**
     * {@code Win32_TSLicenseServer.ActivateServerAutomatic([out] ActivationStatus)}: activates over the internet
     * (TCP 443 to the Microsoft Clearinghouse). Needs the contact properties set first ({@link #setContact}).
     *
     * @return the ActivationStatus the method reports
     */
    default RdsActivationStatus activateServerAutomatic() throws LicensingException {
        throw new LicensingException(NOT_SUPPORTED, "This adapter cannot change the RD license server");
    }

    /**
     * {@code Win32_TSLicenseServer.ActivateServer(sLicenseServerId, [out] ActivationStatus)}: the web and telephone
     * path, with the license server ID the Clearinghouse gave for this server's Product ID.
     *
     * @param licenseServerId 35 letters and digits, no hyphens
     */
    default RdsActivationStatus activateServer(String licenseServerId) throws LicensingException {
        throw new LicensingException(NOT_SUPPORTED, "This adapter cannot change the RD license server");
    }

    /**
     * {@code Win32_TSLicenseServer.ReactivateServerAutomatic(Reason, [out] ActivationStatus)}: a new certificate over
     * the internet for an activated server. Needs the contact properties set first.
     */
    default RdsActivationStatus reactivateServerAutomatic(RdsReactivationReason reason) throws LicensingException {
        throw new LicensingException(NOT_SUPPORTED, "This adapter cannot change the RD license server");
    }

    /**
     * {@code Win32_TSLicenseServer.ReactivateServer(sNewLicenseServerId, [out] ActivationStatus)}: reactivation by web
     * or telephone, with the new license server ID the Clearinghouse gave.
     *
     * @param newLicenseServerId 35 letters and digits, no hyphens
     */
    default RdsActivationStatus reactivateServer(String newLicenseServerId) throws LicensingException {
        throw new LicensingException(NOT_SUPPORTED, "This adapter cannot change the RD license server");
    }
}
