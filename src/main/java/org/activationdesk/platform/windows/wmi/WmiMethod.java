package org.activationdesk.platform.windows.wmi;

import java.util.Objects;

/** A WMI method, named by its class so its in-parameters can be looked up. */
public record WmiMethod(String namespace, String className, String name) {

    public WmiMethod {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return className + "." + name;
    }
}
