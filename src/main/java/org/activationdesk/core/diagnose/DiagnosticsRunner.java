package org.activationdesk.core.diagnose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;

/**
 * Runs every check at once, each on its own thread of the given executor and with its own timeout, and hands
 * each result to the listener as soon as it is there. A whole run takes about as long as its slowest check.
 *
 * <p>From a screen: {@code start(context, Platform::runLater, listener)} delivers on the JavaFX thread and keeps
 * the run to cancel; or {@code background.run(() -> runner.run(context, listener), ...)} blocks a background
 * thread, whose cancellation (an interrupt) cancels the run.
 */
public final class DiagnosticsRunner {

    /** One thread for all deadlines: a deadline only flips a flag and interrupts, it never waits. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final List<DiagnosticCheck> checks;
    private final ExecutorService executor;

    /**
     * @param executor runs the checks; it needs a thread per check for them to run side by side (see
     *                 {@link #newExecutor()}). The caller owns it and shuts it down.
     */
    public DiagnosticsRunner(List<DiagnosticCheck> checks, ExecutorService executor) {
        this.checks = List.copyOf(checks);
        this.executor = Objects.requireNonNull(executor, "executor");
        if (this.checks.stream().map(DiagnosticCheck::id).distinct().count() != this.checks.size()) {
            throw new IllegalArgumentException("each check may appear once");
        }
    }

    /** Daemon threads, created as needed: a check that ignores its interrupt never holds up the others. */
    public static ExecutorService newExecutor() {
        return Executors.newCachedThreadPool(daemon("activation-desk-diagnose"));
    }

    public List<DiagnosticCheck> checks() {
        return checks;
    }

    /** Starts every check; results reach the listener on the checks' threads, one at a time. */
    public DiagnosticsRun start(DiagnosticContext context, DiagnosticsListener listener) {
        return start(context, Runnable::run, listener);
    }

    /**
     * Starts every check.
     *
     * @param callbacks where the listener is called, such as {@code Platform::runLater}
     */
    public DiagnosticsRun start(DiagnosticContext context, Executor callbacks, DiagnosticsListener listener) {
        Run run = new Run(context, callbacks, listener);
        run.launchAll();
        return run;
    }

    /** Runs every check and waits for all results; interrupting the caller cancels the run. */
    public List<CheckResult> run(DiagnosticContext context, DiagnosticsListener listener) throws InterruptedException {
        DiagnosticsRun run = start(context, listener);
        try {
            return run.await();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        }
    }

    /** One run: a slot per check, and the results delivered so far. */
    private final class Run implements DiagnosticsRun {

        private final DiagnosticContext context;
        private final Executor callbacks;
        private final DiagnosticsListener listener;
        private final List<Slot> slots = new ArrayList<>();
        private final CompletableFuture<List<CheckResult>> done = new CompletableFuture<>();
        /** Guards delivery and cancellation, so no callback starts once cancel() has returned. */
        private final Object lock = new Object();
        private final CheckResult[] delivered = new CheckResult[checks.size()];
        private int deliveredCount;
        private boolean cancelled;

        Run(DiagnosticContext context, Executor callbacks, DiagnosticsListener listener) {
            this.context = Objects.requireNonNull(context, "context");
            this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
            this.listener = Objects.requireNonNull(listener, "listener");
        }

        void launchAll() {
            for (int i = 0; i < checks.size(); i++) {
                slots.add(new Slot(i, checks.get(i)));
            }
            if (slots.isEmpty()) {
                finish();
            }
            slots.forEach(Slot::launch);
        }

        /** Passes one settled result on to the listener, through the callback executor. */
        void deliver(int index, CheckResult result) {
            callbacks.execute(() -> {
                synchronized (lock) {
                    if (cancelled) {
                        return;
                    }
                    delivered[index] = result;
                    deliveredCount++;
                    try {
                        listener.onResult(result);
                    } finally {
                        if (deliveredCount == delivered.length) {
                            finish();
                        }
                    }
                }
            });
        }

        private void finish() {
            List<CheckResult> all = List.of(delivered);
            try {
                listener.onFinished(all);
            } finally {
                done.complete(all);
            }
        }

        @Override
        public void cancel() {
            synchronized (lock) {
                if (cancelled || done.isDone()) {
                    return;
                }
                cancelled = true;
            }
            slots.forEach(Slot::stop);
            done.cancel(false);
        }

        @Override
        public boolean isCancelled() {
            synchronized (lock) {
                return cancelled;
            }
        }

        @Override
        public List<CheckResult> await() throws InterruptedException {
            try {
                return done.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a diagnostics listener failed", e.getCause());
            }
        }

        /** One check in this run: exactly one of result, timeout or cancel settles it. */
        private final class Slot {

            private final int index;
            private final DiagnosticCheck check;
            private final AtomicBoolean settled = new AtomicBoolean();
            private volatile Future<?> task;
            private volatile ScheduledFuture<?> deadline;

            Slot(int index, DiagnosticCheck check) {
                this.index = index;
                this.check = check;
            }

            void launch() {
                long started = System.nanoTime();
                task = executor.submit(() -> {
                    CheckResult result = runGuarded();
                    settle(result.withElapsed(Duration.ofNanos(System.nanoTime() - started)));
                });
                Duration timeout = check.timeout();
                deadline = DEADLINES.schedule(() -> {
                    if (settle(timedOut(timeout))) {
                        task.cancel(true);
                    }
                }, timeout.toNanos(), TimeUnit.NANOSECONDS);
                if (settled.get()) {
                    deadline.cancel(false); // finished before its deadline was even set
                }
            }

            /** Wins or loses the race to settle this check; only the winner's result is delivered. */
            private boolean settle(CheckResult result) {
                if (!settled.compareAndSet(false, true)) {
                    return false;
                }
                ScheduledFuture<?> pending = deadline;
                if (pending != null) {
                    pending.cancel(false);
                }
                deliver(index, result);
                return true;
            }

            void stop() {
                settled.set(true);
                ScheduledFuture<?> pending = deadline;
                if (pending != null) {
                    pending.cancel(false);
                }
                Future<?> running = task;
                if (running != null) {
                    running.cancel(true);
                }
            }

            /** The check's own result, or why it has none: a check never takes the run down with it. */
            private CheckResult runGuarded() {
                try {
                    CheckResult result = check.run(context);
                    if (result == null || result.check() != check.id()) {
                        throw new IllegalStateException(check.id() + " returned no result of its own");
                    }
                    return result;
                } catch (LicensingException e) {
                    return CheckResult.of(check.id(), Verdict.COULD_NOT_CHECK,
                                    Phrase.of("diagnose.couldNot.licensing", e.code().toString(),
                                            context.codeTitle(e.code())))
                            .withCode(e.code());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    // Only reached after a timeout or cancel, which settled this check already.
                    return CheckResult.of(check.id(), Verdict.COULD_NOT_CHECK, Phrase.of("diagnose.couldNot.cancelled"));
                } catch (RuntimeException e) {
                    return CheckResult.of(check.id(), Verdict.COULD_NOT_CHECK,
                            Phrase.of("diagnose.couldNot.unexpected", e.getClass().getSimpleName()));
                }
            }

            private CheckResult timedOut(Duration timeout) {
                long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000); // "within 0 seconds" would read as a bug
                return CheckResult.of(check.id(), Verdict.COULD_NOT_CHECK,
                                Phrase.of("diagnose.couldNot.timeout", String.valueOf(seconds)))
                        .withFact(FactKey.TIMEOUT_SECONDS, seconds)
                        .withElapsed(timeout);
            }
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("activation-desk-deadline"));
        timer.setRemoveOnCancelPolicy(true); // finished checks leave no deadline behind
        return timer;
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
