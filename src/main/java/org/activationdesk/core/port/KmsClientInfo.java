package org.activationdesk.core.port;

/**
 * What a KMS client knows about its host. Null fields mean "not set" (for the registered host)
 * or "not found" (for the host from DNS), as in the licensing service.
 *
 * @param registeredHost   the host set by hand (slmgr /skms), or null to use DNS
 * @param registeredPort   the port set by hand, 0 when not set (then 1688 is used)
 * @param discoveredHost   the host the client found through DNS, or null
 * @param lookupDomain     the domain set for the SRV lookup, or null for the machine's own suffix
 */
public record KmsClientInfo(
        String registeredHost,
        int registeredPort,
        String discoveredHost,
        int discoveredPort,
        String lookupDomain,
        int activationIntervalMinutes,
        int renewalIntervalMinutes) {

    public static final int DEFAULT_PORT = 1688;

    public KmsClientInfo {
        checkPort(registeredPort, "registeredPort");
        checkPort(discoveredPort, "discoveredPort");
        if (activationIntervalMinutes < 0 || renewalIntervalMinutes < 0) {
            throw new IllegalArgumentException("intervals must not be negative");
        }
    }

    static void checkPort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0 to 65535, was " + port);
        }
    }

    /** The same client with the host set by hand (slmgr /skms), or cleared with a null host. */
    public KmsClientInfo withRegisteredHost(String host, int port) {
        return new KmsClientInfo(host, host == null ? 0 : port, discoveredHost, discoveredPort, lookupDomain,
                activationIntervalMinutes, renewalIntervalMinutes);
    }
}
