package org.activationdesk.core.port;

import org.activationdesk.core.errors.Hresult;

/**
 * The licensing service refused or failed. Carries the HRESULT so the error catalog can explain it;
 * the message never contains a product key.
 */
public class LicensingException extends Exception {

    private final Hresult code;

    public LicensingException(Hresult code, String message) {
        super(message + " (" + code + ")");
        this.code = code;
    }

    public Hresult code() {
        return code;
    }
}
