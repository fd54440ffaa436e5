package org.activationdesk.core.volume;

import java.time.Duration;
import java.util.Objects;
import org.activationdesk.core.i18n.Phrase;

/**
 * One step of a probe and what it found.
 *
 * @param passed   whether the step succeeded; the probe stops at the first that did not
 * @param evidence what was seen, in the reader's language
 * @param detail   the same in technical terms (an address, a bind result), the same in every language; may be empty
 */
public record ProbeStep(ProbeStage stage, boolean passed, Duration elapsed, Phrase evidence, String detail) {

    public ProbeStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(detail, "detail");
    }
}
