package org.activationdesk.platform.windows.wmi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.activationdesk.platform.windows.WindowsCallException;

/**
 * The little of WMI this bridge uses: typed queries, method calls and property changes, each with a time limit.
 * Implemented over COM by {@link ComWmiGateway}; tests answer from recordings. Every failure is a
 * {@link WindowsCallException} with the WMI or licensing HRESULT; a call that runs out of time fails with
 * {@link #TIMEOUT}.
 */
public interface WmiGateway {

    /** HRESULT_FROM_WIN32(ERROR_TIMEOUT): WMI did not answer in time (a change may still complete later). */
    int TIMEOUT = 0x800705B4;
    /** WBEM_E_INVALID_CLASS: the class does not exist here (for example the RD Licensing role is not installed). */
    int INVALID_CLASS = 0x80041010;
    /** WBEM_E_INVALID_QUERY: among others, a selected property this Windows version does not have. */
    int INVALID_QUERY = 0x80041017;
    /** WBEM_E_NOT_FOUND */
    int NOT_FOUND = 0x80041002;
    /** WBEM_E_ACCESS_DENIED */
    int ACCESS_DENIED = 0x80041003;

    /**
     * {@code SELECT <every property of the enum> FROM <class> [WHERE <where>]}.
     *
     * @param where a WQL condition built only from values this bridge produced itself (GUIDs), or null
     */
    <P extends Enum<P>> List<WmiObject<P>> query(WmiClass<P> wmiClass, String where, Duration timeout)
            throws WindowsCallException;

    /**
     * Calls a method.
     *
     * @param objectPath the instance path (see {@link #instancePath}) or, for a static method, the class name
     * @param inputs     in-parameters by name: {@link String}, {@link Integer} (uint32) or {@link Boolean}
     */
    WmiOutput call(WmiMethod method, String objectPath, Map<String, Object> inputs, Duration timeout)
            throws WindowsCallException;

    /**
     * Changes properties of an existing instance and saves it: {@code GetObject}, {@code Put} each value,
     * {@code PutInstance}. The save is WBEM_FLAG_UPDATE_ONLY because a change must never create an instance; a missing
     * one fails (already at GetObject). Properties left out keep the values the instance has.
     *
     * @param objectPath the instance path ({@link #instancePath} or {@link #singletonPath})
     * @param changes    new values by property: {@link String}, {@link Integer} (uint32) or {@link Boolean}; not empty
     */
    <P extends Enum<P>> void put(WmiClass<P> wmiClass, String objectPath, Map<P, Object> changes, Duration timeout)
            throws WindowsCallException;

    /** {@code Class.Key="value"}, with the value escaped as WMI object paths require. */
    static String instancePath(String className, String keyProperty, String keyValue) {
        return className + "." + keyProperty + "=\"" + keyValue.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code Class=@}: the one instance of a class declared [singleton]. */
    static String singletonPath(String className) {
        return className + "=@";
    }
}
