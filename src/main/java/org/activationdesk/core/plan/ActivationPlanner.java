package org.activationdesk.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.edition.Caution;
import org.activationdesk.core.edition.EditionMatch;
import org.activationdesk.core.edition.EditionMatcher;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.edition.Verdict;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Turns a machine snapshot and an intent into ordered steps, blockers and warnings. Pure: it identifies the key
 * offline and plans; it changes nothing, and the steps are carried out later as jobs.
 */
public final class ActivationPlanner {

    private final KeyIdentifier identifier;
    private final SwitchPlanner switches;

    /** A planner that finds published KMS client keys in the built-in catalog. */
    public ActivationPlanner(KeyIdentifier identifier) {
        this(identifier, GvlkCatalog.builtIn());
    }

    /** @param catalog where a switch to KMS finds the published KMS client key for the installed edition */
    public ActivationPlanner(KeyIdentifier identifier, GvlkCatalog catalog) {
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.switches = new SwitchPlanner(this, Objects.requireNonNull(catalog, "catalog"));
    }

    public ActivationPlan plan(MachineSnapshot snapshot, Intent intent) {
        if (intent instanceof Intent.UseKey use) {
            return useKey(snapshot, use.key());
        }
        if (intent instanceof Intent.SwitchToKms kms) {
            return switches.toKms(snapshot, kms.host());
        }
        if (intent instanceof Intent.SwitchToMak mak) {
            return switches.toMak(snapshot, mak.key(), mak.byPhone());
        }
        throw new IllegalArgumentException("no plan for " + intent.getClass().getSimpleName());
    }

    ActivationPlan useKey(MachineSnapshot snapshot, ProductKey key) {
        MachineInfo machine = snapshot.machine();
        KeyIdentity identity = identifier.identify(key);
        EditionMatch match = EditionMatcher.match(machine, identity);
        String masked = key.masked();
        List<String> arguments = List.of(machine.editionId(),
                identity.editionId() == null ? "?" : identity.editionId(),
                match.targetEditionId() == null ? "" : match.targetEditionId(),
                identity.product() == null ? "?" : identity.product(),
                EditionMatcher.otherServerVersion(machine, identity),
                String.join(", ", identity.osVersions()));

        Set<Caution> cautions = new LinkedHashSet<>();
        if (identity.channel() == Channel.KMS_CLIENT) {
            cautions.add(Caution.GVLK_NEEDS_KMS_HOST);
        }
        if (identity.format() == KeyFormat.PKEY2005) {
            // Even a published one: only Windows can check it, and it is meant for Vista/7/2008 (R2).
            cautions.add(Caution.LEGACY_KEY_UNCHECKED);
        } else if (!identity.isIdentified()) {
            cautions.add(Caution.KEY_NOT_IDENTIFIED);
        }
        cautions.addAll(match.cautions());

        PlanStep activate = PlanStep.of(identity.channel() == Channel.KMS_CLIENT ? StepKind.ACTIVATE_WITH_KMS
                : StepKind.ACTIVATE_ONLINE);
        List<PlanStep> steps = new ArrayList<>();
        switch (match.method()) {
            case DISM_SET_EDITION -> {
                // DISM installs the key while it converts (§4.2); a restart follows, then activation.
                steps.add(new PlanStep(StepKind.CONVERT_EDITION, match.targetEditionId(), masked));
                steps.add(PlanStep.of(StepKind.RESTART));
                steps.add(activate);
            }
            case KEY_CHANGE -> {
                steps.add(new PlanStep(StepKind.CHANGE_EDITION_BY_KEY, match.targetEditionId(), masked));
                if (match.restartNeeded()) {
                    steps.add(PlanStep.of(StepKind.RESTART));
                }
                steps.add(activate);
            }
            case NONE -> {
                if (!match.isBlocked() && (match.verdict() == Verdict.FITS || match.verdict() == Verdict.UNKNOWN)) {
                    Optional<LicensingProduct> installed = snapshot.windowsProduct()
                            .filter(p -> key.lastGroup().equals(p.partialKey()));
                    if (installed.isPresent()) {
                        cautions.add(Caution.KEY_ALREADY_INSTALLED);
                        if (!installed.get().isActivated()) {
                            steps.add(activate);
                        }
                    } else {
                        steps.add(new PlanStep(StepKind.INSTALL_KEY, null, masked));
                        steps.add(activate);
                    }
                }
            }
            default -> throw new IllegalStateException("unknown method " + match.method());
        }
        if (!machine.elevated() && !steps.isEmpty()) {
            cautions.add(Caution.NOT_ELEVATED);
        }
        List<PlanFinding.Blocker> blockers = match.obstacles().stream()
                .map(o -> new PlanFinding.Blocker(o, arguments)).toList();
        List<PlanFinding.Warning> warnings = cautions.stream().map(c -> new PlanFinding.Warning(c, arguments)).toList();
        return new ActivationPlan(identity, masked, match, steps, blockers, warnings, arguments);
    }
}
