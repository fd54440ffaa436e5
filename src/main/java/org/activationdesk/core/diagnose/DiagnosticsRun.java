package org.activationdesk.core.diagnose;

import java.util.List;
import java.util.concurrent.CancellationException;

/** A diagnosis under way. */
public interface DiagnosticsRun {

    /**
     * Interrupts the checks still running. Once this returns, the listener is not called again (when called
     * on the thread that delivers results, that holds for results already queued too).
     */
    void cancel();

    boolean isCancelled();

    /**
     * Waits for every result.
     *
     * @return every result in check order
     * @throws CancellationException when the run was cancelled
     */
    List<CheckResult> await() throws InterruptedException;
}
