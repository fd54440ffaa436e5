package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Converts the installed edition with a key for the target edition, the documented way
 * ({@code DISM /Online /Set-Edition:<edition> /ProductKey:<key> /AcceptEula}): typically an evaluation to its full
 * edition, or Standard to Datacenter. It takes a while and ends in a restart; a domain controller running an
 * evaluation cannot be converted at all.
 */
public final class ConvertEditionJob extends JournalledJob {

    public static final String ACTION = "convert-edition";

    private final String targetEditionId;
    private final ProductKey key;

    public ConvertEditionJob(JobContext context, String targetEditionId, ProductKey key) {
        super(context, ACTION);
        this.targetEditionId = targetEditionId;
        this.key = key;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get("job.convertEdition", targetEditionId, key.masked());
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        boolean evaluationDc = snapshot.machine().isEvaluationEdition()
                && snapshot.machine().domainRole().isDomainController();
        return Jobs.elevated(snapshot).unless(!evaluationDc, Precondition.NOT_AN_EVALUATION_DOMAIN_CONTROLLER).unmet();
    }

    @Override
    protected void run() throws LicensingException {
        context.service().convertEdition(targetEditionId, key);
    }

    @Override
    protected String maskedKey() {
        return key.masked();
    }

    @Override
    protected String detail() {
        return "to " + targetEditionId;
    }
}
