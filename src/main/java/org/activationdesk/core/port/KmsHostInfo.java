package org.activationdesk.core.port;

/**
 * What a KMS host reports about itself.
 *
 * @param currentCount        distinct clients seen in the last 30 days (the service caps it at 50)
 * @param requiredClientCount the count this host needs before it activates the client that asks
 */
public record KmsHostInfo(int currentCount, int requiredClientCount, int listeningPort, boolean dnsPublishing) {

    /** Client operating systems are activated once the count reaches 25. */
    public static final int CLIENT_THRESHOLD = 25;
    /** Server operating systems (and volume Office) are activated once the count reaches 5. */
    public static final int SERVER_THRESHOLD = 5;

    public KmsHostInfo {
        if (currentCount < 0 || currentCount > 50) {
            throw new IllegalArgumentException("currentCount must be 0 to 50, was " + currentCount);
        }
        if (requiredClientCount < 0) {
            throw new IllegalArgumentException("requiredClientCount must not be negative");
        }
        KmsClientInfo.checkPort(listeningPort, "listeningPort");
    }

    public boolean activatesClients() {
        return currentCount >= CLIENT_THRESHOLD;
    }

    public boolean activatesServers() {
        return currentCount >= SERVER_THRESHOLD;
    }
}
