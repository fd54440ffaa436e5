package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Rearms through the documented call (slmgr /rearm): resets the licensing timers once, uses up one of the counted
 * rearms, and needs a restart. It postpones, it does not activate; the description says so before anything runs.
 */
public final class RearmJob extends JournalledJob {

    public static final String ACTION = "rearm";

    private final LicensingProduct product;

    public RearmJob(JobContext context, LicensingProduct product) {
        super(context, ACTION);
        this.product = product;
    }

    @Override
    public String describe(Messages messages) {
        int left = Math.max(0, product.remainingRearms() - 1);
        return messages.get("job.rearm", product.remainingRearms(), left);
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        int remaining = snapshot.product(product.activationId()).map(LicensingProduct::remainingRearms).orElse(0);
        return Jobs.elevated(snapshot).unless(remaining > 0, Precondition.REARMS_LEFT).unmet();
    }

    @Override
    protected void run() throws LicensingException {
        context.service().rearm();
    }

    @Override
    protected String detail() {
        return "rearms left before " + product.remainingRearms();
    }
}
