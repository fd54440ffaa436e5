package org.activationdesk.platform.simulated;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
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
 * Practice mode's network: answers lookups and probes from the scenario's {@code kmsNetwork} section, in the same
 * steps and words as the real network. Sends nothing anywhere. A DNS server given to a lookup is not asked: the
 * scenario has one view of DNS.
 */
public final class SimulatedKmsNetwork implements KmsNetwork {

    private final ScenarioNetwork network;
    private final Duration latency;
    private final Predicate<KmsEndpoint> stoppedServing;

    /** @param latency how long each call pretends to take, so practice feels like the network; zero in tests */
    public SimulatedKmsNetwork(ScenarioNetwork network, Duration latency) {
        this(network, latency, endpoint -> false);
    }

    /**
     * @param stoppedServing which KMS hosts of the scenario no longer listen, because the practice machine changed
     *                       since the scenario was written (a KMS host turned into a client): they refuse
     */
    SimulatedKmsNetwork(ScenarioNetwork network, Duration latency, Predicate<KmsEndpoint> stoppedServing) {
        this.network = network;
        this.latency = latency;
        this.stoppedServing = stoppedServing;
    }

    @Override
    public DiscoveryResult discover(DnsDomain domain, Optional<DnsServer> server, Duration timeout)
            throws InterruptedException {
        pause();
        List<SrvRecord> records = network.srv().get(domain);
        if (records == null) {
            return DiscoveryResult.failed(domain, server, DiscoveryOutcome.NO_SUCH_NAME, latency, "NXDOMAIN");
        }
        return DiscoveryResult.answered(domain, server, records, latency);
    }

    @Override
    public ProbeResult probe(KmsEndpoint endpoint, Duration timeout) throws InterruptedException {
        pause();
        ProbeRecorder record = new ProbeRecorder(endpoint);
        Optional<Map.Entry<KmsEndpoint, ScenarioNetwork.HostAnswer>> known = network.host(endpoint.host());
        if (known.isEmpty() || known.get().getValue().state() == ProbeState.UNRESOLVED) {
            return record.unresolved(latency, false, "no such host");
        }
        record.resolved(known.get().getValue().address().orElseThrow(), Duration.ZERO);
        // The host is there; only the port the scenario names answers the way it says.
        boolean listens = known.get().getKey().port() == endpoint.port() && !stoppedServing.test(endpoint);
        ProbeState state = listens ? known.get().getValue().state() : ProbeState.REFUSED;
        return switch (state) {
            case REFUSED -> record.refused(latency);
            case TIMEOUT -> record.connectTimedOut(timeout, timeout, "");
            case NOT_KMS -> connected(record).bindAnswered(
                    new BindReply(BindReply.Kind.KMS_NOT_OFFERED, "bind_ack result 2 reason 1"), latency);
            case KMS -> connected(record).bindAnswered(new BindReply(BindReply.Kind.KMS_ACCEPTED, "bind_ack result 0"),
                    latency);
            case UNRESOLVED -> throw new IllegalStateException("handled above");
        };
    }

    private static ProbeRecorder connected(ProbeRecorder record) {
        record.connected(Duration.ZERO);
        return record;
    }

    @Override
    public boolean isPractice() {
        return true;
    }

    private void pause() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled");
        }
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis());
        }
    }
}
