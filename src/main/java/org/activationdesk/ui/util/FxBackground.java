package org.activationdesk.ui.util;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The application's {@link Background}: a small pool of daemon threads for the work, one timer thread
 * for the timeouts, and {@link Platform#runLater} to return to the UI thread.
 */
public final class FxBackground implements Background {

    private final ExecutorService workers = Executors.newCachedThreadPool(daemon("activation-desk-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("activation-desk-timeout"));

    @Override
    public <T> Cancellable run(Callable<T> work, Duration timeout, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean finished = new AtomicBoolean();
        Future<?>[] running = new Future<?>[1];
        running[0] = workers.submit(() -> {
            try {
                T result = work.call();
                if (finished.compareAndSet(false, true)) {
                    Platform.runLater(() -> onSuccess.accept(result));
                }
            } catch (Throwable failure) {
                if (finished.compareAndSet(false, true)) {
                    Throwable reported = failure instanceof ExecutionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    Platform.runLater(() -> onFailure.accept(reported));
                }
            }
        });
        timer.schedule(() -> {
            if (finished.compareAndSet(false, true)) {
                running[0].cancel(true);
                Platform.runLater(() -> onFailure.accept(new TimeoutException("no answer within " + timeout.toSeconds() + " s")));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return () -> {
            if (finished.compareAndSet(false, true)) {
                running[0].cancel(true);
            }
        };
    }

    /** Stops all work; used when the window closes. */
    public void shutdown() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
