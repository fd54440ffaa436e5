package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.edition.EditionMatcher;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.edition.Verdict;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Installs a product key (slmgr /ipk). Installing does not activate. A published KMS client key (GVLK) turns the
 * machine into a client of the organisation's KMS host, so it is installed only after the user said yes to exactly
 * that key.
 */
public final class InstallKeyJob extends JournalledJob {

    public static final String ACTION = "install-key";

    private final ProductKey key;
    private final KeyIdentity identity;
    private final boolean gvlkConfirmed;

    /**
     * @param gvlkConfirmed whether the user explicitly confirmed installing this KMS client key; ignored for other keys
     */
    public InstallKeyJob(JobContext context, ProductKey key, KeyIdentity identity, boolean gvlkConfirmed) {
        super(context, ACTION);
        this.key = key;
        this.identity = identity;
        this.gvlkConfirmed = gvlkConfirmed;
    }

    @Override
    public String describe(Messages messages) {
        String what = identity.isIdentified() && identity.product() != null ? identity.product()
                : messages.get("job.installKey.unidentified");
        String text = messages.get("job.installKey", key.masked(), what);
        return identity.isPublishedGvlk() ? text + " " + messages.get("job.installKey.gvlk") : text;
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        // Unknown keys are left to Windows; known ones must fit, or change a client edition by key (Pro to Enterprise).
        Verdict fit = EditionMatcher.match(snapshot.machine(), identity).verdict();
        return Jobs.elevated(snapshot)
                .unless(fit == Verdict.FITS || fit == Verdict.FITS_BY_KEY_CHANGE || fit == Verdict.UNKNOWN,
                        Precondition.KEY_FOR_THIS_EDITION)
                .unless(!identity.isPublishedGvlk() || gvlkConfirmed, Precondition.GVLK_CONFIRMATION)
                .unmet();
    }

    @Override
    protected void run() throws LicensingException {
        context.service().installProductKey(key);
    }

    @Override
    protected String maskedKey() {
        return key.masked();
    }
}
