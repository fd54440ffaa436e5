package org.activationdesk.cli;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.ProbeStep;

/**
 * What {@code kms-probe --json} prints. Field names are a contract for scripts: add, never rename.
 *
 * @param endpoint {@code host:port} as slmgr /skms writes it (an IPv6 address in brackets)
 * @param state   {@code unresolved}, {@code refused}, {@code timeout}, {@code not-kms} or {@code kms}
 * @param address the IP address tried, or null when the name did not resolve
 * @param code    what a KMS client would report for this host ({@code 0xC004F074}), or null when a KMS answered
 * @param steps   the steps that ran: {@code resolve}, {@code connect}, {@code rpc-bind}
 */
record KmsProbeReport(String mode, StatusReport.ScenarioRef scenario, String host, int port, String endpoint, String state,
                      String stateText, String address, long elapsedMs, String message, String code,
                      List<Step> steps) {

    /** @param detail the technical finding (an address, {@code bind_ack result 2 reason 1}), or empty */
    record Step(String step, String stepText, boolean passed, long elapsedMs, String evidence, String detail) {

        static Step of(ProbeStep step, Messages m) {
            return new Step(step.stage().jsonName(), m.of("volume.stage", step.stage()), step.passed(),
                    step.elapsed().toMillis(), step.evidence().in(m), step.detail());
        }
    }

    static KmsProbeReport of(Machines.NetworkAccess access, ProbeResult result, Messages m) {
        return new KmsProbeReport(KmsNetworkCommand.mode(access), KmsNetworkCommand.scenario(access, m),
                result.endpoint().host(), result.endpoint().port(), result.endpoint().toString(), result.state().jsonName(),
                m.of("volume.state", result.state()), result.address().orElse(null), result.elapsed().toMillis(),
                result.summary().in(m), result.clientCode().map(Object::toString).orElse(null),
                result.steps().stream().map(s -> Step.of(s, m)).toList());
    }
}
