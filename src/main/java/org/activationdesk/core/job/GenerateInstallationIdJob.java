package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Asks Windows for the product's Installation ID (slmgr /dti), the first step of phone activation. Changes nothing,
 * but is journalled: the ID is what Microsoft will be told, and a support history needs it.
 */
public final class GenerateInstallationIdJob extends JournalledJob {

    public static final String ACTION = "generate-installation-id";
    /** SL_E_CIDIID_INVALID_DATA: what Windows returned did not read as an Installation ID. */
    static final Hresult INVALID_ID = new Hresult(0xC004F02C);

    private final LicensingProduct product;
    private volatile InstallationId installationId;

    public GenerateInstallationIdJob(JobContext context, LicensingProduct product) {
        super(context, ACTION);
        this.product = product;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get("job.generateInstallationId", product.name());
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        return Jobs.none()
                .unless(Jobs.hasKey(snapshot, product), Precondition.PRODUCT_WITH_KEY)
                .unless(product.channel() != Channel.KMS_CLIENT, Precondition.NOT_A_KMS_CLIENT)
                .unmet();
    }

    @Override
    protected void run() throws LicensingException {
        String digits = context.service().installationId(product.activationId());
        InstallationId.Reading reading = InstallationId.read(digits);
        if (!reading.isValid()) {
            // Never show an ID that fails its own check digits: someone would read it to Microsoft in vain.
            throw new LicensingException(INVALID_ID, "Windows returned an Installation ID that fails its check digits");
        }
        installationId = reading.id();
    }

    /** The ID read by {@link #execute()}; null before it ran or when it failed. */
    public InstallationId installationId() {
        return installationId;
    }

    @Override
    protected String maskedKey() {
        return product.partialKey() == null ? null : KeyMask.fromPartialKey(product.partialKey());
    }

    @Override
    protected String detail() {
        return installationId == null ? null : "IID " + installationId.grouped();
    }
}
