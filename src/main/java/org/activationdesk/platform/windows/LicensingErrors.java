package org.activationdesk.platform.windows;

import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.platform.windows.wmi.WmiGateway;

/**
 * The bridge's failures as the port reports them. Every form of "access denied" becomes SL_E_LUA_ACCESSDENIED
 * (0xC004F025), the code the rest of the application (and the practice machine) uses for "restart as administrator".
 */
final class LicensingErrors {

    static final Hresult ACCESS_DENIED = new Hresult(0xC004F025);
    /** E_ACCESSDENIED */
    static final int WIN32_ACCESS_DENIED = 0x80070005;

    private LicensingErrors() {
    }

    static LicensingException of(WindowsCallException failure) {
        int code = failure.code().value();
        LicensingException e = code == WIN32_ACCESS_DENIED || code == WmiGateway.ACCESS_DENIED
                ? new LicensingException(ACCESS_DENIED, failure.call() + " was denied: it needs an administrator")
                : new LicensingException(failure.code(), failure.call() + " failed");
        e.initCause(failure);
        return e;
    }

    static LicensingException accessDenied(String message) {
        return new LicensingException(ACCESS_DENIED, message);
    }
}
