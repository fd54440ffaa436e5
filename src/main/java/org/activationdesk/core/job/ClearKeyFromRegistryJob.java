package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Clears the product key from the registry (slmgr /cpky) so it cannot be read back from this machine; the key stays
 * installed and activation is not affected.
 */
public final class ClearKeyFromRegistryJob extends JournalledJob {

    public static final String ACTION = "clear-key-from-registry";

    public ClearKeyFromRegistryJob(JobContext context) {
        super(context, ACTION);
    }

    @Override
    public String describe(Messages messages) {
        return messages.get("job.clearKeyFromRegistry");
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        return Jobs.elevated(snapshot).unmet();
    }

    @Override
    protected void run() throws LicensingException {
        context.service().clearProductKeyFromRegistry();
    }
}
