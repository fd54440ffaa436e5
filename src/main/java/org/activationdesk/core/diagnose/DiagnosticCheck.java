package org.activationdesk.core.diagnose;

import java.time.Duration;
import org.activationdesk.core.port.LicensingException;

/**
 * One question about the machine, answered from the shared context. A check only reads: it never changes
 * licensing state. Checks run in parallel, so they keep no state of their own.
 */
public interface DiagnosticCheck {

    /** Long enough for a slow licensing service (WMI can take many seconds); the read is shared by every check. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    CheckId id();

    /**
     * Answers the question. May block (the snapshot, a probe).
     *
     * @throws LicensingException   when the licensing service could not be read; the runner turns this into
     *                              {@link Verdict#COULD_NOT_CHECK} with the code
     * @throws InterruptedException when the run is cancelled or the check timed out
     */
    CheckResult run(DiagnosticContext context) throws LicensingException, InterruptedException;

    /** After this the check is interrupted and reported as {@link Verdict#COULD_NOT_CHECK}, timed out. */
    default Duration timeout() {
        return DEFAULT_TIMEOUT;
    }
}
