package org.activationdesk.ui;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.activationdesk.ui.util.Background;

/**
 * Holds work until the test releases it, so a test can look at a view model while its work is "still running" and
 * cancel it. Cancelled work never calls back, as {@link Background} promises.
 */
public final class HeldBackground implements Background {

    private final class Held<T> implements Cancellable {
        final Callable<T> work;
        final Consumer<T> onSuccess;
        final Consumer<Throwable> onFailure;
        boolean cancelled;

        Held(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        void finish() {
            if (cancelled) {
                return;
            }
            T result;
            try {
                result = work.call();
            } catch (Exception failure) {
                onFailure.accept(failure);
                return;
            }
            onSuccess.accept(result);
        }
    }

    private final Deque<Held<?>> held = new ArrayDeque<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Held<T> entry = new Held<>(work, onSuccess, onFailure);
        held.add(entry);
        return entry;
    }

    /** Runs the oldest held work now (or drops it if it was cancelled). */
    public void releaseNext() {
        held.removeFirst().finish();
    }

    public int waiting() {
        return held.size();
    }
}
