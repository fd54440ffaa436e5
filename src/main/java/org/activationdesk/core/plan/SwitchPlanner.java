package org.activationdesk.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.edition.Caution;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.edition.Obstacle;
import org.activationdesk.core.edition.PublishedKeys;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.KmsEndpoint;

/**
 * Plans the moves between volume channels (phone-rds-kms.md §6, key-formats.md §5.3, §6.1) on top of the plan to use
 * a key: to KMS client with the published key for the installed edition, to MAK, and a KMS host back to a client.
 * Pure, like the planner. It never names a KMS host of its own: the only host in a plan is the one in the intent.
 */
final class SwitchPlanner {

    private final ActivationPlanner keys;
    private final GvlkCatalog catalog;

    SwitchPlanner(ActivationPlanner keys, GvlkCatalog catalog) {
        this.keys = keys;
        this.catalog = catalog;
    }

    /** What every switch collects before it becomes a plan. */
    private static final class Draft {
        final List<PlanStep> steps = new ArrayList<>();
        final Set<Obstacle> obstacles = new LinkedHashSet<>();
        final Set<Caution> cautions = new LinkedHashSet<>();
        ActivationPlan base;

        void startFrom(ActivationPlan plan) {
            base = plan;
            steps.addAll(plan.steps());
            plan.blockers().forEach(b -> obstacles.add(b.obstacle()));
            plan.warnings().forEach(w -> cautions.add(w.caution()));
        }

        /** Where steps that come after installing and before activating go: before the first such step. */
        int tailStart() {
            for (int i = 0; i < steps.size(); i++) {
                StepKind kind = steps.get(i).kind();
                if (kind == StepKind.SET_KMS_HOST || kind == StepKind.CLEAR_KMS_HOST || isActivation(kind)) {
                    return i;
                }
            }
            return steps.size();
        }
    }

    ActivationPlan toKms(MachineSnapshot snapshot, Optional<KmsEndpoint> host) {
        MachineInfo machine = snapshot.machine();
        Optional<LicensingProduct> product = snapshot.windowsProduct();
        Channel from = product.map(LicensingProduct::channel).orElse(Channel.UNKNOWN);
        Draft draft = new Draft();
        Optional<GvlkCatalog.Entry> published = Optional.empty();
        SwitchKind kind;
        if (from == Channel.KMS_CLIENT) {
            // Already a client: its key stays, only where it finds its host changes.
            kind = SwitchKind.KMS_HOST_SETTING;
            hostStep(registered(product.get()), host).ifPresent(draft.steps::add);
            draft.steps.add(PlanStep.of(StepKind.ACTIVATE_WITH_KMS));
            if (!machine.elevated() && draft.steps.size() > 1) {
                draft.cautions.add(Caution.NOT_ELEVATED);
            }
        } else {
            kind = from == Channel.KMS_HOST ? SwitchKind.HOST_TO_CLIENT : SwitchKind.TO_KMS_CLIENT;
            published = PublishedKeys.forMachine(catalog, machine);
            if (published.isEmpty()) {
                draft.obstacles.add(Obstacle.NO_PUBLISHED_GVLK);
            } else {
                draft.startFrom(keys.useKey(snapshot, published.get().key()));
                host.ifPresent(h -> draft.steps.add(draft.tailStart(), PlanStep.setKmsHost(h)));
                if (from == Channel.RETAIL || from == Channel.OEM || from == Channel.MAK) {
                    draft.cautions.add(Caution.REPLACES_CURRENT_KEY);
                }
            }
        }
        if (host.isEmpty()) {
            draft.cautions.add(lookupDomain(machine, product).isEmpty() ? Caution.NO_DNS_DOMAIN
                    : Caution.KMS_HOST_FROM_DNS);
        }
        leaveHostRole(product, draft);
        if (kind == SwitchKind.HOST_TO_CLIENT && !draft.steps.isEmpty()) {
            draft.cautions.add(Caution.NEEDS_ANOTHER_KMS_HOST);
        }
        return plan(snapshot, draft, new ChannelSwitch(kind, from, published, host));
    }

    ActivationPlan toMak(MachineSnapshot snapshot, ProductKey key, boolean byPhone) {
        Optional<LicensingProduct> product = snapshot.windowsProduct();
        Channel from = product.map(LicensingProduct::channel).orElse(Channel.UNKNOWN);
        Draft draft = new Draft();
        draft.startFrom(keys.useKey(snapshot, key));
        KeyIdentity identity = draft.base.key();
        if (identity.isPublishedGvlk() || identity.channel() == Channel.KMS_HOST) {
            // No plan to speak of: the key would make this computer a KMS client or a KMS host, not a MAK computer.
            draft.obstacles.add(identity.isPublishedGvlk() ? Obstacle.GVLK_IS_NOT_A_MAK
                    : Obstacle.KMS_HOST_KEY_IS_NOT_A_MAK);
            draft.steps.clear();
        } else {
            if (identity.isIdentified() && identity.channel() != Channel.MAK) {
                draft.cautions.add(Caution.KEY_NOT_A_MAK);
            }
            draft.cautions.add(Caution.MAK_ACTIVATIONS_COUNTED);
            if (byPhone) {
                draft.steps.replaceAll(s -> isActivation(s.kind()) ? PlanStep.of(StepKind.ACTIVATE_BY_PHONE) : s);
            }
            leaveHostRole(product, draft);
        }
        SwitchKind kind = from == Channel.KMS_HOST ? SwitchKind.HOST_TO_MAK : SwitchKind.TO_MAK;
        return plan(snapshot, draft, new ChannelSwitch(kind, from, Optional.empty(), Optional.empty()));
    }

    /**
     * A KMS host that takes another key stops activating others: say what its count means, and have the record that
     * still names it deleted, or its clients keep trying it.
     */
    private static void leaveHostRole(Optional<LicensingProduct> product, Draft draft) {
        KmsHostInfo host = product.map(LicensingProduct::kmsHost).orElse(null);
        if (host == null || draft.steps.isEmpty()) {
            return;
        }
        if (!host.activatesClients()) {
            draft.cautions.add(Caution.KMS_HOST_BELOW_THRESHOLD);
        }
        draft.cautions.add(Caution.HOST_STOPS_SERVING);
        if (host.dnsPublishing()) {
            draft.steps.add(draft.tailStart(), PlanStep.of(StepKind.REMOVE_SRV_RECORD));
        }
    }

    /** Set the chosen host unless it is set already; with none chosen, clear a host set by hand. */
    private static Optional<PlanStep> hostStep(Optional<KmsEndpoint> registered, Optional<KmsEndpoint> chosen) {
        if (chosen.isPresent()) {
            return chosen.equals(registered) ? Optional.empty() : Optional.of(PlanStep.setKmsHost(chosen.get()));
        }
        return registered.isPresent() ? Optional.of(PlanStep.of(StepKind.CLEAR_KMS_HOST)) : Optional.empty();
    }

    /** The host set by hand (slmgr /skms), at its port or 1688; a setting that no longer reads as a host counts too. */
    private static Optional<KmsEndpoint> registered(LicensingProduct product) {
        KmsClientInfo kms = product.kmsClient();
        if (kms == null || kms.registeredHost() == null) {
            return Optional.empty();
        }
        try {
            KmsEndpoint typed = KmsEndpoint.parse(kms.registeredHost());
            return Optional.of(new KmsEndpoint(typed.host(),
                    kms.registeredPort() == 0 ? KmsEndpoint.DEFAULT_PORT : kms.registeredPort()));
        } catch (BadAddressException e) {
            return Optional.of(new KmsEndpoint(kms.registeredHost().strip(), KmsEndpoint.DEFAULT_PORT));
        }
    }

    /** The domain the computer searches for its host: the one set for the lookup, else its own; empty in a workgroup. */
    static Optional<String> lookupDomain(MachineInfo machine, Optional<LicensingProduct> product) {
        return product.map(LicensingProduct::kmsClient).map(KmsClientInfo::lookupDomain)
                .or(() -> Optional.ofNullable(machine.domain()));
    }

    private static boolean isActivation(StepKind kind) {
        return kind == StepKind.ACTIVATE_ONLINE || kind == StepKind.ACTIVATE_WITH_KMS
                || kind == StepKind.ACTIVATE_BY_PHONE;
    }

    /**
     * The plan, with the switch's facts added to the arguments every text gets: {6} the KMS host's count, {7} the host
     * to set, {8} the DNS domain searched, {9} the installed Windows.
     */
    private ActivationPlan plan(MachineSnapshot snapshot, Draft draft, ChannelSwitch change) {
        MachineInfo machine = snapshot.machine();
        Optional<LicensingProduct> product = snapshot.windowsProduct();
        List<String> arguments = new ArrayList<>(draft.base != null ? draft.base.arguments()
                : List.of(machine.editionId(), "?", "", "?", "", ""));
        arguments.add(product.map(LicensingProduct::kmsHost).map(h -> String.valueOf(h.currentCount())).orElse(""));
        arguments.add(change.kmsHost().map(KmsEndpoint::toString).orElse(""));
        arguments.add(lookupDomain(machine, product).orElse(""));
        arguments.add(machine.osName());
        List<PlanFinding.Blocker> blockers = draft.obstacles.stream()
                .map(o -> new PlanFinding.Blocker(o, arguments)).toList();
        List<PlanFinding.Warning> warnings = draft.cautions.stream()
                .map(c -> new PlanFinding.Warning(c, arguments)).toList();
        ActivationPlan base = draft.base;
        return new ActivationPlan(base == null ? null : base.key(), base == null ? null : base.maskedKey(),
                base == null ? null : base.match(), draft.steps, blockers, warnings, arguments, change);
    }
}
