package org.activationdesk.core.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.MachineSnapshot;

/** Activates the Windows product online: against Microsoft for retail and MAK, against the KMS host for a KMS client. */
public final class ActivateOnlineJob implements LicensingJob {

    public static final String ACTION = "activate-online";

    private final LicensingService service;
    private final ActionJournal journal;
    private final Clock clock;
    private final String machine;
    private final LicensingProduct product;

    public ActivateOnlineJob(LicensingService service, ActionJournal journal, Clock clock, MachineSnapshot snapshot,
                             LicensingProduct product) {
        this.service = service;
        this.journal = journal;
        this.clock = clock;
        this.machine = snapshot.machine().computerName();
        this.product = product;
    }

    @Override
    public String describe(Messages messages) {
        return messages.get(product.channel() == Channel.KMS_CLIENT ? "job.activateOnline.kms" : "job.activateOnline.microsoft",
                product.name());
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        List<Precondition> unmet = new ArrayList<>();
        if (snapshot.product(product.activationId()).map(p -> p.partialKey() == null).orElse(true)) {
            unmet.add(Precondition.PRODUCT_WITH_KEY);
        }
        // Activating against a KMS host works for standard users; online activation with Microsoft does not.
        if (product.channel() != Channel.KMS_CLIENT && !snapshot.machine().elevated()) {
            unmet.add(Precondition.ELEVATION);
        }
        return unmet;
    }

    @Override
    public void execute() throws LicensingException {
        Hresult outcome = Hresult.S_OK;
        try {
            service.activateOnline(product.activationId());
        } catch (LicensingException e) {
            outcome = e.code();
            throw e;
        } finally {
            record(outcome);
        }
    }

    private void record(Hresult outcome) {
        String key = product.partialKey() == null ? null : KeyMask.fromPartialKey(product.partialKey());
        try {
            journal.append(new JournalEntry(clock.instant(), machine, ACTION, key, outcome));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the action journal " + journal.file(), e);
        }
    }
}
