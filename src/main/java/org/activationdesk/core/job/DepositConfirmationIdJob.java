package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Deposits the Confirmation ID Microsoft gave for an Installation ID (slmgr /atp). The Installation ID is read again
 * first: a Confirmation ID belongs to the ID that was read out, and if the key or the hardware binding changed since,
 * depositing would only fail with a less helpful code, so the job stops with {@link #INSTALLATION_ID_CHANGED}.
 */
public final class DepositConfirmationIdJob extends JournalledJob {

    public static final String ACTION = "deposit-confirmation-id";
    /** SL_E_CIDIID_MISMATCHED, reported when the Installation ID changed since the call. */
    public static final Hresult INSTALLATION_ID_CHANGED = new Hresult(0xC004F031);

    private final LicensingProduct product;
    private final InstallationId calledIn;
    private final ConfirmationId confirmationId;
    private volatile boolean installationIdChanged;

    /**
     * @param calledIn the Installation ID the user read to Microsoft
     */
    public DepositConfirmationIdJob(JobContext context, LicensingProduct product, InstallationId calledIn,
                                    ConfirmationId confirmationId) {
        super(context, ACTION);
        this.product = product;
        this.calledIn = calledIn;
        this.confirmationId = confirmationId;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get("job.depositConfirmationId", product.name());
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        return Jobs.elevated(snapshot).unless(Jobs.hasKey(snapshot, product), Precondition.PRODUCT_WITH_KEY).unmet();
    }

    @Override
    protected void run() throws LicensingException {
        String current = context.service().installationId(product.activationId());
        if (!current.equals(calledIn.digits())) {
            installationIdChanged = true;
            throw new LicensingException(INSTALLATION_ID_CHANGED,
                    "The Installation ID changed after it was read out; start the phone activation again");
        }
        context.service().depositConfirmationId(product.activationId(), calledIn.digits(), confirmationId.digits());
    }

    /** Whether the last run stopped because the Installation ID had changed (the CID itself was never tried). */
    public boolean installationIdChanged() {
        return installationIdChanged;
    }

    @Override
    protected String maskedKey() {
        return product.partialKey() == null ? null : KeyMask.fromPartialKey(product.partialKey());
    }

    @Override
    protected String detail() {
        return "IID " + calledIn.grouped() + " CID " + confirmationId + (installationIdChanged ? " (IID changed)" : "");
    }
}
