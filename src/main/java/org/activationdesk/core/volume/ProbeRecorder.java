package org.activationdesk.core.volume;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.activationdesk.core.i18n.Phrase;

/**
 * Writes down a probe as it goes, in the words every adapter shares: the network adapter calls it as each step
 * ends, the practice network calls it with the scenario's answers. A method that ends the probe returns the result.
 * Not thread-safe: one recorder per probe.
 */
public final class ProbeRecorder {

    private final KmsEndpoint endpoint;
    private final List<ProbeStep> steps = new ArrayList<>();
    private String address;

    public ProbeRecorder(KmsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public ProbeResult unresolved(Duration took, boolean timedOut, String detail) {
        step(ProbeStage.RESOLVE, false, took, Phrase.of(timedOut ? "volume.probe.step.resolveTimeout"
                : "volume.probe.step.unresolved", endpoint.host()), detail);
        return finish(ProbeState.UNRESOLVED, Phrase.of("volume.probe.summary.unresolved", endpoint.host()));
    }

    public void resolved(String ipAddress, Duration took) {
        address = ipAddress;
        // An address typed as such needs no lookup; saying it "resolves to itself" would read like a bug.
        Phrase evidence = ipAddress.equalsIgnoreCase(endpoint.host())
                ? Phrase.of("volume.probe.step.literal", ipAddress)
                : Phrase.of("volume.probe.step.resolved", endpoint.host(), ipAddress);
        step(ProbeStage.RESOLVE, true, took, evidence, ipAddress);
    }

    public ProbeResult refused(Duration took) {
        step(ProbeStage.CONNECT, false, took, Phrase.of("volume.probe.step.refused", port()), "RST");
        return finish(ProbeState.REFUSED, Phrase.of("volume.probe.summary.refused", address, port()));
    }

    /** No answer to the connect in time, or no route to the host: a firewall or a host that is down. */
    public ProbeResult connectTimedOut(Duration took, Duration limit, String detail) {
        step(ProbeStage.CONNECT, false, took, Phrase.of("volume.probe.step.connectTimeout", port(), seconds(limit)),
                detail);
        return finish(ProbeState.TIMEOUT, Phrase.of("volume.probe.summary.connectTimeout", port(), seconds(limit)));
    }

    /** The connect failed without an answer from the host (no route, network unreachable). */
    public ProbeResult unreachable(Duration took, String detail) {
        step(ProbeStage.CONNECT, false, took, Phrase.of("volume.probe.step.unreachable", port()), detail);
        return finish(ProbeState.TIMEOUT, Phrase.of("volume.probe.summary.unreachable", endpoint.host()));
    }

    public void connected(Duration took) {
        step(ProbeStage.CONNECT, true, took, Phrase.of("volume.probe.step.connected", port()), "");
    }

    public ProbeResult bindTimedOut(Duration took, Duration limit) {
        step(ProbeStage.RPC_BIND, false, took, Phrase.of("volume.probe.step.bindTimeout", seconds(limit)), "");
        return finish(ProbeState.TIMEOUT, Phrase.of("volume.probe.summary.bindTimeout", port(), seconds(limit)));
    }

    public ProbeResult bindAnswered(BindReply reply, Duration took) {
        boolean kms = reply.kind() == BindReply.Kind.KMS_ACCEPTED;
        step(ProbeStage.RPC_BIND, kms, took, Phrase.ofConstant("volume.probe.bind", reply.kind()), reply.detail());
        if (kms) {
            return finish(ProbeState.KMS, Phrase.of("volume.probe.summary.kms", endpoint.toString()));
        }
        boolean rpc = reply.kind() != BindReply.Kind.NOT_RPC && reply.kind() != BindReply.Kind.CLOSED;
        return finish(ProbeState.NOT_KMS, rpc ? Phrase.of("volume.probe.summary.rpcNoKms", port(), reply.detail())
                : Phrase.of("volume.probe.summary.notRpc", port()));
    }

    private void step(ProbeStage stage, boolean passed, Duration took, Phrase evidence, String detail) {
        steps.add(new ProbeStep(stage, passed, took, evidence, detail));
    }

    private ProbeResult finish(ProbeState state, Phrase summary) {
        Duration total = steps.stream().map(ProbeStep::elapsed).reduce(Duration.ZERO, Duration::plus);
        return new ProbeResult(endpoint, state, Optional.ofNullable(address), steps, total, summary);
    }

    /** Numbers go in as text: MessageFormat would group them ("1,688"). */
    private String port() {
        return String.valueOf(endpoint.port());
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(Locale.ROOT, "%.1f",
                millis / 1000.0);
    }
}
