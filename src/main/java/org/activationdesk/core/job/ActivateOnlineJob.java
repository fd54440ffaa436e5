package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/** Activates the Windows product online: against Microsoft for retail and MAK, against the KMS host for a KMS client. */
public final class ActivateOnlineJob extends JournalledJob {

    public static final String ACTION = "activate-online";

    private final LicensingProduct product;

    public ActivateOnlineJob(JobContext context, LicensingProduct product) {
        super(context, ACTION);
        this.product = product;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get(product.channel() == Channel.KMS_CLIENT ? "job.activateOnline.kms" : "job.activateOnline.microsoft",
                product.name());
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        // Activating against a KMS host works for standard users; online activation with Microsoft does not.
        return Jobs.none()
                .unless(Jobs.hasKey(snapshot, product), Precondition.PRODUCT_WITH_KEY)
                .unless(product.channel() == Channel.KMS_CLIENT || snapshot.machine().elevated(), Precondition.ELEVATION)
                .unmet();
    }

    @Override
    protected void run() throws LicensingException {
        context.service().activateOnline(product.activationId());
    }

    @Override
    protected String maskedKey() {
        return product.partialKey() == null ? null : KeyMask.fromPartialKey(product.partialKey());
    }
}
