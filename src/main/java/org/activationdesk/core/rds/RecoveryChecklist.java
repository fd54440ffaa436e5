package org.activationdesk.core.rds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.RdsLicenseServer;

/**
 * What to keep so an RD license server can be brought back after a crash, and what to do once it has crashed
 * (phone-rds-kms.md §4.5, §8.4), filled in from the server as it is now. Pure: reads nothing, changes nothing.
 */
public final class RecoveryChecklist {

    /** What must be kept, each with its current value. */
    public enum KeepKind { LICENSE_SERVER_ID, PRODUCT_ID, KEY_PACKS, DATABASE_PATH }

    /** The steps after a crash, in order. */
    public enum StepKind { CHECK_STATUS, ACTIVATE, REACTIVATE, REINSTALL_CALS, REBUILD_LAST, BACK_UP }

    /** Where a step stands on this server now. */
    public enum StepState { DONE, TO_DO, IF_NEEDED }

    /**
     * @param value the value to keep as Windows reports it (the license server ID without separators), or null when
     *              there is none or it is a list
     */
    public record KeepItem(KeepKind kind, String value, Phrase label, Phrase advice) {
        public KeepItem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(advice, "advice");
        }
    }

    public record Step(StepKind kind, StepState state, Phrase text) {
        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(text, "text");
        }
    }

    private final List<KeepItem> keep;
    private final List<Step> steps;

    private RecoveryChecklist(List<KeepItem> keep, List<Step> steps) {
        this.keep = List.copyOf(keep);
        this.steps = List.copyOf(steps);
    }

    /** The checklist for this server; with the role not installed, only the steps (everything still to do). */
    public static RecoveryChecklist of(Optional<RdsLicenseServer> installed) {
        List<KeepItem> keep = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        if (installed.isEmpty()) {
            steps.add(new Step(StepKind.CHECK_STATUS, StepState.TO_DO, Phrase.of("rds.step.installRole")));
            return new RecoveryChecklist(keep, steps);
        }
        RdsLicenseServer server = installed.get();
        boolean activated = server.isActivated();
        String serverId = server.licenseServerId();
        keep.add(new KeepItem(KeepKind.LICENSE_SERVER_ID, serverId, Phrase.of("rds.serverId"),
                Phrase.of(serverId == null ? "rds.keep.serverId.none" : "rds.keep.serverId")));
        keep.add(new KeepItem(KeepKind.PRODUCT_ID, server.productId(), Phrase.of("rds.productId"),
                Phrase.of("rds.keep.productId")));
        keep.add(new KeepItem(KeepKind.KEY_PACKS, null, Phrase.of("rds.keyPacks.heading"),
                Phrase.sentences(packCount(server), Phrase.of("rds.keep.keyPacks"))));
        keep.add(new KeepItem(KeepKind.DATABASE_PATH, server.databasePath(), Phrase.of("rds.databasePath"),
                Phrase.of("rds.keep.database")));

        steps.add(new Step(StepKind.CHECK_STATUS, StepState.DONE,
                Phrase.of("rds.step.checkStatus", Phrase.ofConstant("rdsStatus", server.activationStatus()))));
        steps.add(activated ? new Step(StepKind.ACTIVATE, StepState.DONE, Phrase.of("rds.step.activate.done"))
                : new Step(StepKind.ACTIVATE, StepState.TO_DO, Phrase.of("rds.step.activate", server.productId())));
        steps.add(new Step(StepKind.REACTIVATE, StepState.IF_NEEDED, Phrase.of("rds.step.reactivate")));
        steps.add(new Step(StepKind.REINSTALL_CALS, server.keyPacks().isEmpty() ? StepState.TO_DO : StepState.DONE,
                Phrase.sentences(server.keyPacks().isEmpty() ? null : packCount(server),
                        Phrase.of("rds.step.reinstallCals"))));
        steps.add(new Step(StepKind.REBUILD_LAST, StepState.IF_NEEDED, Phrase.of("rds.step.rebuildLast")));
        steps.add(new Step(StepKind.BACK_UP, StepState.TO_DO, Phrase.of("rds.step.backUp", server.databasePath())));
        return new RecoveryChecklist(keep, steps);
    }

    private static Phrase packCount(RdsLicenseServer server) {
        return Phrase.of("rds.keyPacks.count", String.valueOf(server.keyPacks().size()),
                String.valueOf(server.availableLicenses()));
    }

    /** What must be kept; empty when the role is not installed. */
    public List<KeepItem> keep() {
        return keep;
    }

    public List<Step> steps() {
        return steps;
    }
}
