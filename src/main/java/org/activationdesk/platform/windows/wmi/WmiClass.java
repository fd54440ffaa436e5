package org.activationdesk.platform.windows.wmi;

import java.util.Objects;

/**
 * A WMI class as this bridge reads it: namespace, class name, and the properties to select as an enum whose constant
 * names are the WMI property names (WMI compares them case-insensitively).
 */
public record WmiClass<P extends Enum<P>>(String namespace, String name, Class<P> properties) {

    public static final String CIMV2 = "ROOT\\CIMV2";

    public WmiClass {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        if (properties.getEnumConstants().length == 0) {
            throw new IllegalArgumentException("a query selects at least one property");
        }
    }

    /** A method of this class. */
    public WmiMethod method(String methodName) {
        return new WmiMethod(namespace, name, methodName);
    }
}
