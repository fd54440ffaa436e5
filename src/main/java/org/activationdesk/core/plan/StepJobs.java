package org.activationdesk.core.plan;

import java.util.Optional;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.job.ActivateOnlineJob;
import org.activationdesk.core.job.ConvertEditionJob;
import org.activationdesk.core.job.InstallKeyJob;
import org.activationdesk.core.job.JobContext;
import org.activationdesk.core.job.LicensingJob;
import org.activationdesk.core.job.SetKmsHostJob;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * The job that carries out one step of a plan. A restart has none: Activation Desk never restarts a computer, the
 * person does when their users are ready. Phone activation has a screen of its own, and a DNS record is deleted by the
 * DNS administrator.
 */
public final class StepJobs {

    private StepJobs() {
    }

    /**
     * @param key           the key the plan installs; may be null for a plan that installs none
     * @param gvlkConfirmed whether the user explicitly agreed to install this KMS client key
     * @return the job, or empty for a step the person does themselves
     */
    public static Optional<LicensingJob> jobFor(PlanStep step, ProductKey key, KeyIdentity identity,
                                                MachineSnapshot snapshot, JobContext context, boolean gvlkConfirmed) {
        return switch (step.kind()) {
            case CONVERT_EDITION -> Optional.of(new ConvertEditionJob(context, step.targetEditionId(), key));
            case CHANGE_EDITION_BY_KEY, INSTALL_KEY ->
                    Optional.of(new InstallKeyJob(context, key, identity, gvlkConfirmed));
            case ACTIVATE_ONLINE, ACTIVATE_WITH_KMS ->
                    snapshot.windowsProduct().map(product -> new ActivateOnlineJob(context, product));
            case SET_KMS_HOST -> Optional.of(SetKmsHostJob.set(context, step.kmsHost().host(), step.kmsHost().port()));
            case CLEAR_KMS_HOST -> Optional.of(SetKmsHostJob.clear(context));
            case RESTART, ACTIVATE_BY_PHONE, REMOVE_SRV_RECORD -> Optional.empty();
        };
    }

    /** Whether running this step needs the user's explicit yes to a KMS client key first. */
    public static boolean needsGvlkConfirmation(PlanStep step, KeyIdentity identity) {
        return identity.isPublishedGvlk()
                && (step.kind() == StepKind.INSTALL_KEY || step.kind() == StepKind.CHANGE_EDITION_BY_KEY);
    }
}
