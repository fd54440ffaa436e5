package org.activationdesk.core.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.edition.EditionMatch;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Messages;

/**
 * Ordered steps to reach the intent, what blocks them and what to know. Carries the key only masked, so it may be
 * printed, logged and written as JSON.
 *
 * @param key       what is known of the key the plan installs; null only for a switch plan that installs no key
 *                  (a KMS client whose host changes, or an edition with no published KMS client key)
 * @param maskedKey the key masked; null exactly when {@code key} is
 * @param match     the installed edition against the key's; null exactly when {@code key} is
 * @param arguments the facts every blocker and warning text is given (see {@link PlanFinding})
 * @param change    for a switch between volume channels, what it moves between; null for a plan to use a key
 */
public record ActivationPlan(KeyIdentity key, String maskedKey, EditionMatch match, List<PlanStep> steps,
                             List<PlanFinding.Blocker> blockers, List<PlanFinding.Warning> warnings,
                             List<String> arguments, ChannelSwitch change) {

    public ActivationPlan {
        if (change == null) {
            Objects.requireNonNull(key, "key");
        }
        if ((key == null) != (maskedKey == null) || (key == null) != (match == null)) {
            throw new IllegalArgumentException("key, maskedKey and match are given together or not at all");
        }
        steps = List.copyOf(steps);
        blockers = List.copyOf(blockers);
        warnings = List.copyOf(warnings);
        arguments = List.copyOf(arguments);
    }

    /** A plan to use a key. */
    public ActivationPlan(KeyIdentity key, String maskedKey, EditionMatch match, List<PlanStep> steps,
                          List<PlanFinding.Blocker> blockers, List<PlanFinding.Warning> warnings,
                          List<String> arguments) {
        this(key, maskedKey, match, steps, blockers, warnings, arguments, null);
    }

    public boolean isBlocked() {
        return !blockers.isEmpty();
    }

    /** The switch between volume channels this plan makes, or empty for a plan to use a key. */
    public Optional<ChannelSwitch> channelSwitch() {
        return Optional.ofNullable(change);
    }

    /**
     * One sentence on what the plan does: how the key relates to the installed edition, or for a switch, what it
     * moves from and to.
     */
    public String verdictText(Messages m) {
        if (change != null) {
            return m.get("plan.switch." + change.kind().name(), arguments.toArray());
        }
        return m.get("plan.verdict." + match.verdict().name(), arguments.toArray());
    }
}
