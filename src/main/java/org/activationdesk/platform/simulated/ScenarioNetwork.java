package org.activationdesk.platform.simulated;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeState;
import org.activationdesk.core.volume.SrvRecord;

/**
 * The network of a practice scenario, checked: which {@code _vlmcs._tcp} records each domain has, and how each
 * KMS endpoint answers a probe. A domain not listed has no record (NXDOMAIN); a host not listed does not resolve.
 *
 * @param srv   the records per domain; an empty list is a name that exists without SRV records
 * @param hosts how each endpoint answers
 */
public record ScenarioNetwork(Map<DnsDomain, List<SrvRecord>> srv, Map<KmsEndpoint, HostAnswer> hosts) {

    /** A scenario without a network section: no domain has a record, no host resolves. */
    public static final ScenarioNetwork EMPTY = new ScenarioNetwork(Map.of(), Map.of());

    /**
     * @param address the address the name resolves to; empty exactly when the state is {@code unresolved}
     */
    public record HostAnswer(ProbeState state, Optional<String> address) {

        public HostAnswer {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(address, "address");
            if ((state == ProbeState.UNRESOLVED) == address.isPresent()) {
                throw new IllegalArgumentException(state == ProbeState.UNRESOLVED
                        ? "a host that does not resolve has no address" : "address is required unless the state is unresolved");
            }
        }
    }

    public ScenarioNetwork {
        srv = srv.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> List.copyOf(e.getValue())));
        hosts = Map.copyOf(hosts);
    }

    /** The answer for an endpoint named by host name or by the address a listed host resolves to. */
    Optional<Map.Entry<KmsEndpoint, HostAnswer>> host(String hostOrAddress) {
        return hosts.entrySet().stream()
                .filter(e -> e.getKey().host().equals(hostOrAddress)
                        || e.getValue().address().map(hostOrAddress::equals).orElse(false))
                .findFirst();
    }
}
