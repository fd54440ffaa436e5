package org.activationdesk.net;

import java.time.Duration;
import java.util.Optional;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;

/** The real network: DNS through dnsjava, the probe through plain sockets. Stateless, so one serves every caller. */
public final class LiveKmsNetwork implements KmsNetwork {

    private final SrvLookup lookup = new SrvLookup();
    private final KmsProbe probe = new KmsProbe();

    @Override
    public DiscoveryResult discover(DnsDomain domain, Optional<DnsServer> server, Duration timeout)
            throws InterruptedException {
        checkInterrupt();
        return lookup.lookup(domain, server, timeout);
    }

    @Override
    public ProbeResult probe(KmsEndpoint endpoint, Duration timeout) throws InterruptedException {
        checkInterrupt();
        return probe.probe(endpoint, timeout);
    }

    /** A call made after a cancel does nothing at all. */
    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled before it started");
        }
    }
}
