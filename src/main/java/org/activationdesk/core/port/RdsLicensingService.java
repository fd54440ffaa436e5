package org.activationdesk.core.port;

import java.util.Optional;

/** The Remote Desktop license server role, read through its WMI provider or the simulator. May block. */
public interface RdsLicensingService {

    /** The license server on this machine, or empty when the RD Licensing role is not installed. */
    Optional<RdsLicenseServer> licenseServer() throws LicensingException;
}
