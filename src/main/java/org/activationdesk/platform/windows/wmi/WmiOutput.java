package org.activationdesk.platform.windows.wmi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;

/**
 * The out-parameters of a WMI method call, by name (case-insensitive, as in WMI), including {@code ReturnValue}.
 */
public final class WmiOutput {

    private final String method;
    private final Map<String, Object> values;

    public WmiOutput(String method, Map<String, ?> values) {
        this.method = method;
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null) {
                copy.put(name.toLowerCase(Locale.ROOT), value);
            }
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    public Optional<String> string(String name) throws WindowsCallException {
        Object value = values.get(name.toLowerCase(Locale.ROOT));
        if (value == null || value instanceof String) {
            return Optional.ofNullable((String) value);
        }
        throw mismatch(name);
    }

    public OptionalLong uint32(String name) throws WindowsCallException {
        Object value = values.get(name.toLowerCase(Locale.ROOT));
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Integer i) {
            return OptionalLong.of(Integer.toUnsignedLong(i));
        }
        throw mismatch(name);
    }

    /**
     * Fails when the method's {@code ReturnValue} is not 0. SPP methods report failures as the call's HRESULT, so this
     * is rare; a value with the high bit set is taken as an HRESULT, a small one as a Win32 or WBEM status.
     */
    public WmiOutput requireSuccess() throws WindowsCallException {
        long returnValue = uint32("ReturnValue").orElse(0);
        if (returnValue != 0) {
            int code = (int) returnValue;
            throw new WindowsCallException(method, new Hresult(code < 0 ? code : 0x80070000 | (code & 0xFFFF)));
        }
        return this;
    }

    private WindowsCallException mismatch(String name) {
        return new WindowsCallException(method + "." + name, new Hresult(WmiObject.TYPE_MISMATCH));
    }

    @Override
    public String toString() {
        return method + values;
    }
}
