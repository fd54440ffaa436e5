package org.activationdesk.cli;

import java.util.List;
import java.util.stream.IntStream;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.plan.ActivationPlan;
import org.activationdesk.core.plan.PlanStep;
import org.activationdesk.core.port.MachineInfo;

/**
 * What {@code plan --json} prints: typed ids for scripts and the same text a person reads. Field names are a
 * contract: add, never rename. The key appears only masked.
 */
record PlanReport(String mode, StatusReport.ScenarioRef scenario, Machine machine, Key key, String verdict,
                  String verdictText, String targetEditionId, boolean restartNeeded, boolean blocked,
                  List<Step> steps, List<Blocker> blockers, List<Warning> warnings) {

    record Machine(String computerName, String editionId, String domainRole, String domainRoleText, boolean elevated) {
    }

    record Key(String masked, String format, boolean gvlk, String identifiedBy, String product, String editionId,
               String channel, Integer groupId, Long serial) {
    }

    record Step(int number, String step, String targetEditionId, String maskedKey, String text) {
    }

    record Blocker(String blocker, String text) {
    }

    record Warning(String warning, String text) {
    }

    static PlanReport of(Machines.Opened opened, MachineInfo info, ActivationPlan plan, Messages m) {
        StatusReport.ScenarioRef scenario = opened.scenario().map(s -> new StatusReport.ScenarioRef(s.id(),
                s.title().in(m.language()), opened.practiceReason().orElse(null))).orElse(null);
        Machine machine = new Machine(info.computerName(), info.editionId(), info.domainRole().name(),
                m.of("domainRole", info.domainRole()), info.elevated());
        KeyIdentity identity = plan.key();
        Key key = new Key(plan.maskedKey(), identity.format().id(), identity.isPublishedGvlk(),
                switch (identity.source()) {
                    case PUBLISHED_GVLK -> "gvlk";
                    case KEY_CONFIGURATION -> "keyConfiguration";
                    case NONE -> "none";
                }, identity.product(), identity.editionId(), identity.productKeyType(), identity.groupId(),
                identity.serial());
        List<PlanStep> planSteps = plan.steps();
        List<Step> steps = IntStream.range(0, planSteps.size()).mapToObj(i -> {
            PlanStep s = planSteps.get(i);
            return new Step(i + 1, s.kind().name(), s.targetEditionId(), s.maskedKey(), s.text(m));
        }).toList();
        return new PlanReport(opened.scenario().isPresent() ? "practice" : "windows", scenario, machine, key,
                plan.match().verdict().name(), plan.verdictText(m), plan.match().targetEditionId(),
                plan.match().restartNeeded(), plan.isBlocked(), steps,
                plan.blockers().stream().map(b -> new Blocker(b.obstacle().name(), b.text(m))).toList(),
                plan.warnings().stream().map(w -> new Warning(w.caution().name(), w.text(m))).toList());
    }
}
