package org.activationdesk.core.port;

import java.time.Duration;
import java.util.Optional;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;

/**
 * Finding and testing KMS hosts over the network: the DNS SRV lookup a KMS client makes, and a probe that stops
 * after one RPC bind (it never sends an activation request). Implemented by the real network and by practice
 * mode's scenario. Both calls block for at most about {@code timeout} and give up at once when the calling thread
 * is interrupted: never call them on the JavaFX application thread.
 */
public interface KmsNetwork {

    /**
     * Looks up {@code _vlmcs._tcp.<domain>}. A missing record, a silent or failing server and an unreadable answer
     * are results, not exceptions.
     *
     * @param server the DNS server to ask; empty for the computer's own
     * @throws InterruptedException when the calling thread is interrupted (the lookup is abandoned)
     */
    DiscoveryResult discover(DnsDomain domain, Optional<DnsServer> server, Duration timeout)
            throws InterruptedException;

    /**
     * Resolves the host, connects to its port and sends one DCE/RPC bind for the KMS interface; reads the reply
     * and closes. Every failure is a {@link org.activationdesk.core.volume.ProbeState}, not an exception.
     *
     * @param timeout the whole probe's budget; a step that has used it up counts as timed out
     * @throws InterruptedException when the calling thread is interrupted (the connection is closed)
     */
    ProbeResult probe(KmsEndpoint endpoint, Duration timeout) throws InterruptedException;

    /** Whether the answers come from a practice scenario rather than from the network. */
    default boolean isPractice() {
        return false;
    }
}
