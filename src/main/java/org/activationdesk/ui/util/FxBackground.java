package org.activationdesk.ui.util;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
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
        try {
            return start(work, timeout, onSuccess, onFailure);
        } catch (RejectedExecutionException closing) {
            return () -> { }; // shut down, the window is closing: work handed over now is dropped, nobody waits for it
        }
    }

    private <T> Cancellable start(Callable<T> work, Duration timeout, Consumer<T> onSuccess,
                                  Consumer<Throwable> onFailure) {
        // Exactly one of: success, failure, timeout, cancel. Whoever flips the flag first decides.
        AtomicBoolean finished = new AtomicBoolean();
        CompletableFuture<Future<?>> worker = new CompletableFuture<>();
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            if (finished.compareAndSet(false, true)) {
                worker.thenAccept(running -> running.cancel(true));
                Platform.runLater(() -> onFailure.accept(
                        new TimeoutException("no answer within " + timeout.toSeconds() + " s")));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        worker.complete(workers.submit(() -> {
            try {
                T result = work.call();
                if (finished.compareAndSet(false, true)) {
                    deadline.cancel(false);
                    Platform.runLater(() -> onSuccess.accept(result));
                }
            } catch (Throwable failure) {
                if (finished.compareAndSet(false, true)) {
                    deadline.cancel(false);
                    Platform.runLater(() -> onFailure.accept(failure));
                }
            }
        }));
        return () -> {
            if (finished.compareAndSet(false, true)) {
                deadline.cancel(false);
                worker.thenAccept(running -> running.cancel(true));
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
