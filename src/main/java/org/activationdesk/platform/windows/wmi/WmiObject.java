package org.activationdesk.platform.windows.wmi;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;

/**
 * One instance from a WMI query, its values as WMI put them in VARIANTs (jna-platform's mapping: strings, uint64 and
 * datetimes as {@link String}, uint32 as {@link Integer}, booleans as {@link Boolean}, NULL as null). The typed
 * getters say "absent" for NULL and throw {@code WBEM_E_TYPE_MISMATCH} for a value of another type, so a broken
 * provider is reported, not misread.
 */
public final class WmiObject<P extends Enum<P>> {

    /** WBEM_E_TYPE_MISMATCH */
    public static final int TYPE_MISMATCH = 0x80041005;

    private final WmiClass<P> wmiClass;
    private final Map<P, Object> values;

    public WmiObject(WmiClass<P> wmiClass, Map<P, ?> values) {
        this.wmiClass = wmiClass;
        EnumMap<P, Object> copy = new EnumMap<>(wmiClass.properties());
        values.forEach((property, value) -> {
            if (value != null) {
                copy.put(property, value);
            }
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    public WmiClass<P> wmiClass() {
        return wmiClass;
    }

    public Optional<String> string(P property) throws WindowsCallException {
        Object value = values.get(property);
        if (value == null || value instanceof String) {
            return Optional.ofNullable((String) value);
        }
        throw mismatch(property);
    }

    /** A uint32 (or uint16/uint8), unsigned. */
    public OptionalLong uint32(P property) throws WindowsCallException {
        Object value = values.get(property);
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof Integer i) {
            return OptionalLong.of(Integer.toUnsignedLong(i));
        }
        if (value instanceof Short s) {
            return OptionalLong.of(Short.toUnsignedLong(s));
        }
        if (value instanceof Byte b) {
            return OptionalLong.of(Byte.toUnsignedLong(b));
        }
        throw mismatch(property);
    }

    public Optional<Boolean> bool(P property) throws WindowsCallException {
        Object value = values.get(property);
        if (value == null || value instanceof Boolean) {
            return Optional.ofNullable((Boolean) value);
        }
        throw mismatch(property);
    }

    /** A CIM DATETIME; absent for NULL and for the "never" value 1601-01-01. */
    public Optional<Instant> datetime(P property) throws WindowsCallException {
        Optional<String> text = string(property);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return CimDateTime.parse(text.get());
        } catch (IllegalArgumentException malformed) {
            throw new WindowsCallException(wmiClass.name() + "." + property.name(), new Hresult(TYPE_MISMATCH),
                    malformed);
        }
    }

    private WindowsCallException mismatch(P property) {
        return new WindowsCallException(wmiClass.name() + "." + property.name(), new Hresult(TYPE_MISMATCH));
    }

    @Override
    public String toString() {
        return wmiClass.name() + values;
    }
}
