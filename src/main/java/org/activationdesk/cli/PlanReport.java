package org.activationdesk.cli;

import java.util.List;
import java.util.stream.IntStream;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.plan.ActivationPlan;
import org.activationdesk.core.plan.PlanStep;
import org.activationdesk.core.port.MachineInfo;

/**
 * What {@code plan --json} prints: typed ids for scripts and the same text a person reads. Field names are a
 * contract: add, never rename. The key appears only masked, Microsoft's published KMS client keys too.
 *
 * @param key    the key the plan installs; null for a switch that installs none
 * @param change for {@code --switch-to}, what the switch moves between; else null
 */
record PlanReport(String mode, StatusReport.ScenarioRef scenario, Machine machine, Key key, String verdict,
                  String verdictText, String targetEditionId, boolean restartNeeded, boolean blocked,
                  List<Step> steps, List<Blocker> blockers, List<Warning> warnings, Switch change) {

    /**
     * @param switchTo          {@code kms} or {@code mak}
     * @param kind              the {@link org.activationdesk.core.plan.SwitchKind}, such as {@code HOST_TO_CLIENT}
     * @param from              the channel now, such as {@code KMS_HOST}; {@code fromText} says it in words
     * @param publishedKeyFor   the edition Microsoft's published KMS client key is for, or null
     * @param kmsHost           the KMS host the plan sets, or null when the computer finds it in DNS
     */
    record Switch(String switchTo, String kind, String from, String fromText, String publishedKeyFor, String kmsHost) {
    }

    record Machine(String computerName, String editionId, String domainRole, String domainRoleText, boolean elevated) {
    }

    record Key(String masked, String format, boolean gvlk, String identifiedBy, String product, String editionId,
               String channel, Integer groupId, Long serial) {
    }

    record Step(int number, String step, String targetEditionId, String maskedKey, String text, String kmsHost) {
    }

    record Blocker(String blocker, String text) {
    }

    record Warning(String warning, String text) {
    }

    /** @param switchTo the --switch-to value, or null for a plan to use a key */
    static PlanReport of(Machines.Opened opened, MachineInfo info, ActivationPlan plan, String switchTo, Messages m) {
        StatusReport.ScenarioRef scenario = opened.scenario().map(s -> new StatusReport.ScenarioRef(s.id(),
                s.title().in(m.language()), opened.practiceReason().orElse(null))).orElse(null);
        Machine machine = new Machine(info.computerName(), info.editionId(), info.domainRole().name(),
                m.of("domainRole", info.domainRole()), info.elevated());
        KeyIdentity identity = plan.key();
        Key key = identity == null ? null : new Key(plan.maskedKey(), identity.format().id(), identity.isPublishedGvlk(),
                switch (identity.source()) {
                    case PUBLISHED_GVLK -> "gvlk";
                    case KEY_CONFIGURATION -> "keyConfiguration";
                    case NONE -> "none";
                }, identity.product(), identity.editionId(), identity.productKeyType(), identity.groupId(),
                identity.serial());
        List<PlanStep> planSteps = plan.steps();
        List<Step> steps = IntStream.range(0, planSteps.size()).mapToObj(i -> {
            PlanStep s = planSteps.get(i);
            return new Step(i + 1, s.kind().name(), s.targetEditionId(), s.maskedKey(), s.text(m),
                    s.kmsHost() == null ? null : s.kmsHost().toString());
        }).toList();
        Switch change = plan.channelSwitch().map(c -> new Switch(switchTo, c.kind().name(), c.from().name(),
                m.of("channel", c.from()), c.publishedKey().map(GvlkCatalog.Entry::editionName).orElse(null),
                c.kmsHost().map(Object::toString).orElse(null))).orElse(null);
        return new PlanReport(opened.scenario().isPresent() ? "practice" : "windows", scenario, machine, key,
                plan.match() == null ? null : plan.match().verdict().name(), plan.verdictText(m),
                plan.match() == null ? null : plan.match().targetEditionId(),
                plan.match() != null && plan.match().restartNeeded(), plan.isBlocked(), steps,
                plan.blockers().stream().map(b -> new Blocker(b.obstacle().name(), b.text(m))).toList(),
                plan.warnings().stream().map(w -> new Warning(w.caution().name(), w.text(m))).toList(), change);
    }
}
