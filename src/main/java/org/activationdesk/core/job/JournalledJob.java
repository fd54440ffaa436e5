package org.activationdesk.core.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.LicensingException;

/**
 * The part every job shares: run the change, then write exactly one journal line with its outcome, whether it
 * worked, failed or was cancelled. Subclasses say what they change and what the line should carry.
 */
abstract class JournalledJob implements LicensingJob {

    /** E_UNEXPECTED, recorded when the job failed in a way the licensing service did not report. */
    static final Hresult UNEXPECTED = new Hresult(0x8000FFFF);

    protected final JobContext context;
    private final String action;

    protected JournalledJob(JobContext context, String action) {
        this.context = context;
        this.action = action;
    }

    @Override
    public final void execute() throws LicensingException {
        Hresult outcome = UNEXPECTED;
        try {
            run();
            outcome = Hresult.S_OK;
        } catch (LicensingException e) {
            outcome = e.code(); // a cancel arrives here too, as ERROR_CANCELLED from the interrupted call
            throw e;
        } finally {
            record(outcome);
        }
    }

    public final String action() {
        return action;
    }

    /** The change itself; blocks. */
    protected abstract void run() throws LicensingException;

    /** The key the change involved, masked, or null. */
    protected String maskedKey() {
        return null;
    }

    /** Anything else the support history needs about this run (never a product key), or null. */
    protected String detail() {
        return null;
    }

    private void record(Hresult outcome) {
        // A cancelled job's thread is interrupted, and an interrupted thread cannot write to a FileChannel (it would
        // be closed by the interrupt): clear the flag for the one line, then restore it for the caller.
        boolean interrupted = Thread.interrupted();
        try {
            context.journal().append(new JournalEntry(context.clock().instant(), context.machine(), action, maskedKey(),
                    outcome, detail()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the action journal " + context.journal().file(), e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
