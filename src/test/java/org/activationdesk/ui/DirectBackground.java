package org.activationdesk.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.activationdesk.ui.util.Background;

/** Runs work at once on the calling thread: view-model tests need no toolkit and no waiting. */
public final class DirectBackground implements Background {

    private int runs;

    @Override
    public <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        runs++;
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    /** How many pieces of work were handed over, to prove that work went through the background at all. */
    public int runs() {
        return runs;
    }
}
