package org.activationdesk.ui.util;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (licensing calls, DNS, network) away from the JavaFX thread and hands the result
 * back on it. Every piece of work has a timeout and can be cancelled. View models depend on this
 * interface only, so their tests run the work directly with no toolkit.
 */
public interface Background {

    /**
     * @param work      the blocking call
     * @param timeout   after this the work is interrupted and {@code onFailure} gets a
     *                  {@link java.util.concurrent.TimeoutException}
     * @param onSuccess called on the UI thread with the result
     * @param onFailure called on the UI thread with what went wrong (never both, never after cancel)
     */
    <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A handle on running work. */
    interface Cancellable {
        /** Stops the work if it still runs; its callbacks are then never called. */
        void cancel();
    }
}
