package org.activationdesk.core.diagnose;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.volume.BindReply;
import org.activationdesk.core.volume.DiscoveryOutcome;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeRecorder;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.ProbeState;
import org.activationdesk.core.volume.SrvRecord;

/**
 * A network for diagnostics tests: DNS answers and probe states set per test, calls counted. By default no domain
 * has a record and no host resolves.
 */
public final class FakeKmsNetwork implements KmsNetwork {

    private final Map<DnsDomain, List<SrvRecord>> records = new HashMap<>();
    private final Map<KmsEndpoint, ProbeState> hosts = new HashMap<>();
    private DiscoveryOutcome failure;
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger probes = new AtomicInteger();
    private volatile KmsEndpoint lastProbed;

    public FakeKmsNetwork srv(String domain, SrvRecord... answer) {
        records.put(new DnsDomain(domain), List.of(answer));
        return this;
    }

    public FakeKmsNetwork host(String host, int port, ProbeState state) {
        hosts.put(new KmsEndpoint(host, port), state);
        return this;
    }

    /** Every lookup ends this way (a timeout, a failure). */
    public FakeKmsNetwork dnsFails(DiscoveryOutcome outcome) {
        failure = outcome;
        return this;
    }

    public int lookups() {
        return lookups.get();
    }

    public int probes() {
        return probes.get();
    }

    public Optional<KmsEndpoint> lastProbed() {
        return Optional.ofNullable(lastProbed);
    }

    @Override
    public DiscoveryResult discover(DnsDomain domain, Optional<DnsServer> server, Duration timeout) {
        lookups.incrementAndGet();
        if (failure != null) {
            return DiscoveryResult.failed(domain, server, failure, timeout, "test");
        }
        List<SrvRecord> answer = records.get(domain);
        return answer == null ? DiscoveryResult.failed(domain, server, DiscoveryOutcome.NO_SUCH_NAME, Duration.ZERO,
                "NXDOMAIN") : DiscoveryResult.answered(domain, server, answer, Duration.ZERO);
    }

    @Override
    public ProbeResult probe(KmsEndpoint endpoint, Duration timeout) {
        probes.incrementAndGet();
        lastProbed = endpoint;
        ProbeRecorder record = new ProbeRecorder(endpoint);
        ProbeState state = hosts.get(endpoint);
        if (state == null || state == ProbeState.UNRESOLVED) {
            return record.unresolved(Duration.ZERO, false, "test");
        }
        record.resolved("192.0.2.10", Duration.ZERO);
        if (state == ProbeState.REFUSED) {
            return record.refused(Duration.ZERO);
        }
        if (state == ProbeState.TIMEOUT) {
            return record.connectTimedOut(timeout, timeout, "");
        }
        record.connected(Duration.ZERO);
        return record.bindAnswered(state == ProbeState.KMS ? new BindReply(BindReply.Kind.KMS_ACCEPTED, "")
                : new BindReply(BindReply.Kind.NOT_RPC, "first bytes 48"), Duration.ZERO);
    }
}
