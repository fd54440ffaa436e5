package org.activationdesk.core.plan;

import java.util.List;
import java.util.Objects;
import org.activationdesk.core.edition.EditionMatch;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Messages;

/**
 * Ordered steps to reach the intent, what blocks them and what to know. Carries the key only masked, so it may be
 * printed, logged and written as JSON.
 *
 * @param arguments the facts every blocker and warning text is given (see {@link PlanFinding})
 */
public record ActivationPlan(KeyIdentity key, String maskedKey, EditionMatch match, List<PlanStep> steps,
                             List<PlanFinding.Blocker> blockers, List<PlanFinding.Warning> warnings,
                             List<String> arguments) {

    public ActivationPlan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(maskedKey, "maskedKey");
        Objects.requireNonNull(match, "match");
        steps = List.copyOf(steps);
        blockers = List.copyOf(blockers);
        warnings = List.copyOf(warnings);
        arguments = List.copyOf(arguments);
    }

    public boolean isBlocked() {
        return !blockers.isEmpty();
    }

    /** One sentence on how the key relates to the installed edition. */
    public String verdictText(Messages m) {
        return m.get("plan.verdict." + match.verdict().name(), arguments.toArray());
    }
}
