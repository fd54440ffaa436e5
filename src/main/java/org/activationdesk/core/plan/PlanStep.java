package org.activationdesk.core.plan;

import java.util.Objects;
import org.activationdesk.core.i18n.Messages;

/**
 * One step of a plan.
 *
 * @param targetEditionId the edition to change to, for the edition steps; else null
 * @param maskedKey       the key as it may be shown, for the steps that use it; else null
 */
public record PlanStep(StepKind kind, String targetEditionId, String maskedKey) {

    public PlanStep {
        Objects.requireNonNull(kind, "kind");
    }

    static PlanStep of(StepKind kind) {
        return new PlanStep(kind, null, null);
    }

    /** The step as an instruction: {0} is the target edition, {1} the masked key. */
    public String text(Messages m) {
        return m.get("plan.step." + kind.name(), targetEditionId == null ? "" : targetEditionId,
                maskedKey == null ? "" : maskedKey);
    }
}
