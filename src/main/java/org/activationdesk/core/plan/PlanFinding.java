package org.activationdesk.core.plan;

import java.util.List;
import java.util.Objects;
import org.activationdesk.core.edition.Caution;
import org.activationdesk.core.edition.Obstacle;
import org.activationdesk.core.i18n.Messages;

/**
 * A blocker or a warning of a plan, with the facts its text needs. Every text gets the same arguments:
 * {0} installed edition, {1} key edition, {2} target edition, {3} key product, {4} installed Windows Server
 * version, {5} the versions a published key is listed for; a switch between volume channels adds {6} the KMS host's
 * current count, {7} the KMS host to set, {8} the DNS domain searched for one and {9} the installed Windows. None of
 * them is a key.
 */
public final class PlanFinding {

    private PlanFinding() {
    }

    /** Something that stops the plan. */
    public record Blocker(Obstacle obstacle, List<String> arguments) {
        public Blocker {
            Objects.requireNonNull(obstacle, "obstacle");
            arguments = List.copyOf(arguments);
        }

        public String text(Messages m) {
            return m.get("plan.blocker." + obstacle.name(), arguments.toArray());
        }
    }

    /** Something to know before going ahead. */
    public record Warning(Caution caution, List<String> arguments) {
        public Warning {
            Objects.requireNonNull(caution, "caution");
            arguments = List.copyOf(arguments);
        }

        public String text(Messages m) {
            return m.get("plan.warning." + caution.name(), arguments.toArray());
        }
    }
}
