package org.activationdesk.platform.windows;

import java.util.Objects;
import org.activationdesk.core.errors.Hresult;

/**
 * A call into Windows (slc.dll, slcext.dll, WMI, DISM) failed. The one typed exception of the bridge: it carries the
 * HRESULT so the error catalog can explain it, and names the call, never its arguments (no product key can leak).
 * The services turn it into a {@code LicensingException} at the port ({@link LicensingErrors}).
 */
public final class WindowsCallException extends Exception {

    private final Hresult code;
    private final String call;

    public WindowsCallException(String call, Hresult code) {
        this(call, code, null);
    }

    public WindowsCallException(String call, Hresult code, Throwable cause) {
        super(call + " failed (" + code + ")", cause);
        this.call = Objects.requireNonNull(call, "call");
        this.code = Objects.requireNonNull(code, "code");
    }

    public static WindowsCallException of(String call, int hresult) {
        return new WindowsCallException(call, new Hresult(hresult));
    }

    public Hresult code() {
        return code;
    }

    /** The function or method that failed, e.g. {@code SLGetProductSkuInformation} or {@code Activate}. */
    public String call() {
        return call;
    }
}
