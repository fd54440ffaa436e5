package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/** Removes the product's key (slmgr /upk): Windows is then unlicensed until another key is installed and activated. */
public final class UninstallKeyJob extends JournalledJob {

    public static final String ACTION = "uninstall-key";

    private final LicensingProduct product;

    public UninstallKeyJob(JobContext context, LicensingProduct product) {
        super(context, ACTION);
        this.product = product;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get("job.uninstallKey", maskedKey(), product.name());
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        return Jobs.elevated(snapshot).unless(Jobs.hasKey(snapshot, product), Precondition.PRODUCT_WITH_KEY).unmet();
    }

    @Override
    protected void run() throws LicensingException {
        context.service().uninstallProductKey(product.activationId());
    }

    @Override
    protected String maskedKey() {
        return product.partialKey() == null ? null : KeyMask.fromPartialKey(product.partialKey());
    }
}
