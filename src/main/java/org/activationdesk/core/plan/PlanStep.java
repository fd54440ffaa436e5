package org.activationdesk.core.plan;

import java.util.Objects;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.KmsEndpoint;

/**
 * One step of a plan.
 *
 * @param targetEditionId the edition to change to, for the edition steps; else null
 * @param maskedKey       the key as it may be shown, for the steps that use it; else null
 * @param kmsHost         the KMS host to set, for {@link StepKind#SET_KMS_HOST}; else null
 */
public record PlanStep(StepKind kind, String targetEditionId, String maskedKey, KmsEndpoint kmsHost) {

    public PlanStep {
        Objects.requireNonNull(kind, "kind");
        if ((kind == StepKind.SET_KMS_HOST) != (kmsHost != null)) {
            throw new IllegalArgumentException("a KMS host belongs to the step that sets it, and only there");
        }
    }

    public PlanStep(StepKind kind, String targetEditionId, String maskedKey) {
        this(kind, targetEditionId, maskedKey, null);
    }

    static PlanStep of(StepKind kind) {
        return new PlanStep(kind, null, null);
    }

    static PlanStep setKmsHost(KmsEndpoint host) {
        return new PlanStep(StepKind.SET_KMS_HOST, null, null, host);
    }

    /** The step as an instruction: {0} is the target edition, {1} the masked key, {2} the KMS host. */
    public String text(Messages m) {
        return m.get("plan.step." + kind.name(), targetEditionId == null ? "" : targetEditionId,
                maskedKey == null ? "" : maskedKey, kmsHost == null ? "" : kmsHost.toString());
    }
}
