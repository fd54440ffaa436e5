package org.activationdesk.ui.util;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread was unable to run a task: every few milliseconds a watcher thread posts
 * a tiny task and notes how late it ran. The longest delay is the longest stall the user could have felt.
 * Used by the benchmark ({@code bench/fx-stall.sh}); costs nothing when not started.
 */
public final class FxStallMonitor {

    /** Starts the monitor when set; the report is printed on exit. */
    public static final String PROPERTY = "activationdesk.stallReport";

    private static final long PROBE_INTERVAL_MS = 5;

    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "activation-desk-stall-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicBoolean probeOutstanding = new AtomicBoolean();
    private volatile long postedAt;

    public void start() {
        watcher.scheduleAtFixedRate(this::probe, PROBE_INTERVAL_MS, PROBE_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    private void probe() {
        // One probe at a time: while the FX thread is stuck, the outstanding probe's delay keeps growing.
        if (probeOutstanding.compareAndSet(false, true)) {
            postedAt = System.nanoTime();
            Platform.runLater(() -> {
                worstNanos.accumulateAndGet(System.nanoTime() - postedAt, Math::max);
                probeOutstanding.set(false);
            });
        }
    }

    /** The longest time, in milliseconds, a task waited for the JavaFX thread since {@link #start()}. */
    public long worstStallMillis() {
        return TimeUnit.NANOSECONDS.toMillis(worstNanos.get());
    }

    /** Forgets what was seen so far (e.g. after start-up, which has its own budget). */
    public void reset() {
        worstNanos.set(0);
    }

    public void stop() {
        watcher.shutdownNow();
    }
}
