package org.activationdesk.core.volume;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;

/**
 * A finished probe of one KMS endpoint. Built by {@link ProbeRecorder}, which keeps state, steps and summary in
 * agreement.
 *
 * @param address the IP address that was tried, or empty when the name did not resolve
 * @param steps   the steps that ran, in order; every one passed except perhaps the last
 * @param summary what the state means for the reader and what to do next (phone-rds-kms.md §8.3)
 */
public record ProbeResult(KmsEndpoint endpoint, ProbeState state, Optional<String> address, List<ProbeStep> steps,
                          Duration elapsed, Phrase summary) {

    /** A KMS client that reaches no KMS host reports this (SL_E_VL_BINDING_SERVICE_UNAVAILABLE). */
    public static final Hresult NO_KMS_CONTACTED = new Hresult(0xC004F074);

    public ProbeResult {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
        if (steps.isEmpty() || steps.subList(0, steps.size() - 1).stream().anyMatch(s -> !s.passed())) {
            throw new IllegalArgumentException("a probe stops at its first failed step");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).stage() != ProbeStage.values()[i]) {
                throw new IllegalArgumentException("steps run in the order resolve, connect, bind");
            }
        }
        boolean allPassed = steps.size() == ProbeStage.values().length && steps.get(steps.size() - 1).passed();
        if ((state == ProbeState.KMS) != allPassed) {
            throw new IllegalArgumentException("state " + state + " does not match the steps");
        }
    }

    public boolean isKms() {
        return state == ProbeState.KMS;
    }

    /** What a KMS client that tried this host would report, or empty when it would reach it. */
    public Optional<Hresult> clientCode() {
        return isKms() ? Optional.empty() : Optional.of(NO_KMS_CONTACTED);
    }
}
