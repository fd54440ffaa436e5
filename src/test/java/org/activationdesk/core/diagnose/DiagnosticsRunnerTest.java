package org.activationdesk.core.diagnose;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.failing;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.fixed;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.activationdesk.core.diagnose.DiagnoseFixtures.CountingService;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runner: checks side by side, each result delivered as it comes, timeouts, cancel, and a licensing service
 * that cannot be read. The time bounds are generous: they tell parallel from serial, not fast from slow.
 */
class DiagnosticsRunnerTest {

    private final ExecutorService threads = DiagnosticsRunner.newExecutor();
    private final DiagnosticContext context = context(snapshot(workstation(true), product().build()));

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** A check that sleeps (interruptibly) and then reports OK; records whether it was interrupted. */
    private static final class Sleeper implements DiagnosticCheck {
        private final CheckId id;
        private final long millis;
        private final Duration timeout;
        final CountDownLatch interrupted = new CountDownLatch(1);

        Sleeper(CheckId id, long millis) {
            this(id, millis, DEFAULT_TIMEOUT);
        }

        Sleeper(CheckId id, long millis, Duration timeout) {
            this.id = id;
            this.millis = millis;
            this.timeout = timeout;
        }

        @Override
        public CheckId id() {
            return id;
        }

        @Override
        public Duration timeout() {
            return timeout;
        }

        @Override
        public CheckResult run(DiagnosticContext context) throws InterruptedException {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return CheckResult.of(id, Verdict.OK, Phrase.plain("slept " + millis + " ms"));
        }
    }

    private static List<DiagnosticCheck> sleepers(int count, long millis) {
        List<DiagnosticCheck> checks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            checks.add(new Sleeper(CheckId.values()[i], millis));
        }
        return checks;
    }

    /** Collects what the listener hears, and complains if it is ever called from two threads at once. */
    private static final class Recorder implements DiagnosticsListener {
        final List<CheckResult> results = new CopyOnWriteArrayList<>();
        final AtomicReference<List<CheckResult>> finished = new AtomicReference<>();
        final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;

        @Override
        public void onResult(CheckResult result) {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
            results.add(result);
            Thread.yield();
            inside.decrementAndGet();
        }

        @Override
        public void onFinished(List<CheckResult> all) {
            finished.set(all);
        }
    }

    @Test
    void checksRunSideBySideNotOneAfterTheOther() throws Exception {
        int count = 8;
        long single = 300;
        Recorder recorder = new Recorder();
        DiagnosticsRunner runner = new DiagnosticsRunner(sleepers(count, single), threads);

        long started = System.nanoTime();
        List<CheckResult> results = runner.run(context, recorder);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(results).hasSize(count).allMatch(r -> r.verdict() == Verdict.OK);
        // Serially this would take 8 x 300 ms; side by side about 300 ms. Twice the single time is a generous bound.
        assertThat(tookMillis).as("took %d ms", tookMillis).isLessThan(2 * single);
        assertThat(results).allMatch(r -> r.elapsed().toMillis() >= single);
    }

    @Test
    void eachResultArrivesAsItsCheckFinishesAndTheListIsInCheckOrder() throws Exception {
        Recorder recorder = new Recorder();
        List<DiagnosticCheck> checks = List.of(new Sleeper(CheckId.READ_LICENSING, 400),
                new Sleeper(CheckId.LICENSE_STATUS, 50), new Sleeper(CheckId.EVALUATION_EXPIRY, 200));

        DiagnosticsRun run = new DiagnosticsRunner(checks, threads).start(context, recorder);
        Thread.sleep(300);
        // The fast checks are reported while the slow one still runs.
        assertThat(recorder.results).extracting(CheckResult::check)
                .containsExactly(CheckId.LICENSE_STATUS, CheckId.EVALUATION_EXPIRY);
        assertThat(recorder.finished.get()).isNull();

        List<CheckResult> all = run.await();
        assertThat(all).extracting(CheckResult::check)
                .containsExactly(CheckId.READ_LICENSING, CheckId.LICENSE_STATUS, CheckId.EVALUATION_EXPIRY);
        assertThat(recorder.finished.get()).isEqualTo(all);
        assertThat(recorder.results).extracting(CheckResult::check).last().isEqualTo(CheckId.READ_LICENSING);
    }

    @Test
    void theListenerIsNeverCalledFromTwoThreadsAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            Recorder recorder = new Recorder();
            new DiagnosticsRunner(sleepers(CheckId.values().length, 0), threads).run(context, recorder);
            assertThat(recorder.overlapped).isFalse();
            assertThat(recorder.results).hasSize(CheckId.values().length);
        }
    }

    @Test
    void aHungCheckTimesOutAndTheOthersAreNotHeldUp() throws Exception {
        Sleeper hung = new Sleeper(CheckId.KMS_PORT, 60_000, Duration.ofMillis(200));
        Recorder recorder = new Recorder();
        DiagnosticsRunner runner = new DiagnosticsRunner(List.of(new Sleeper(CheckId.READ_LICENSING, 10), hung), threads);

        long started = System.nanoTime();
        List<CheckResult> results = runner.run(context, recorder);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        CheckResult timedOut = results.get(1);
        assertThat(timedOut.verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(timedOut.evidence(EN)).contains("timed out");
        assertThat(timedOut.fact(FactKey.TIMEOUT_SECONDS)).contains(1L);
        assertThat(timedOut.elapsed()).isEqualTo(Duration.ofMillis(200));
        assertThat(results.get(0).verdict()).isEqualTo(Verdict.OK);
        assertThat(tookMillis).isLessThan(2_000);
        assertThat(hung.interrupted.await(2, TimeUnit.SECONDS)).as("the hung check was interrupted").isTrue();
    }

    @Test
    void aCheckThatIgnoresItsInterruptStillTimesOut() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DiagnosticCheck stubborn = new DiagnosticCheck() {
            @Override
            public CheckId id() {
                return CheckId.SYSTEM_CLOCK;
            }

            @Override
            public Duration timeout() {
                return Duration.ofMillis(150);
            }

            @Override
            public CheckResult run(DiagnosticContext context) {
                boolean done = false;
                while (!done) {
                    try {
                        done = release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        // deliberately deaf to the interrupt, like a native call
                    }
                }
                return CheckResult.of(id(), Verdict.OK, Phrase.plain("too late"));
            }
        };
        try {
            List<CheckResult> results = new DiagnosticsRunner(List.of(stubborn), threads).run(context, r -> { });

            assertThat(results.get(0).verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        } finally {
            release.countDown();
        }
    }

    @Test
    void cancelInterruptsTheChecksAndNoCallbackFollows() throws Exception {
        List<DiagnosticCheck> checks = sleepers(4, 500);
        Recorder recorder = new Recorder();
        DiagnosticsRun run = new DiagnosticsRunner(checks, threads).start(context, recorder);
        Thread.sleep(100);

        run.cancel();

        assertThat(run.isCancelled()).isTrue();
        for (DiagnosticCheck check : checks) {
            assertThat(((Sleeper) check).interrupted.await(2, TimeUnit.SECONDS)).as("%s interrupted", check.id()).isTrue();
        }
        Thread.sleep(700); // past the time the checks would have finished
        assertThat(recorder.results).isEmpty();
        assertThat(recorder.finished.get()).isNull();
        assertThatThrownBy(run::await).isInstanceOf(CancellationException.class);
    }

    @Test
    void resultsQueuedForTheUiThreadAreDroppedWhenCancelledOnThatThread() throws Exception {
        List<Runnable> uiQueue = Collections.synchronizedList(new ArrayList<>());
        Recorder recorder = new Recorder();
        DiagnosticsRun run = new DiagnosticsRunner(sleepers(3, 0), threads).start(context, uiQueue::add, recorder);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (uiQueue.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(uiQueue).hasSize(3);

        run.cancel(); // as the pane would, on its own thread, before the queued results ran
        new ArrayList<>(uiQueue).forEach(Runnable::run);

        assertThat(recorder.results).isEmpty();
        assertThat(recorder.finished.get()).isNull();
    }

    @Test
    void interruptingTheBlockingRunCancelsIt() throws Exception {
        List<DiagnosticCheck> checks = sleepers(2, 5_000);
        Recorder recorder = new Recorder();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                new DiagnosticsRunner(checks, threads).run(context, recorder);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        Thread.sleep(100);

        caller.interrupt(); // what Background.cancel() does to its worker
        caller.join(2_000);

        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        for (DiagnosticCheck check : checks) {
            assertThat(((Sleeper) check).interrupted.await(2, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(recorder.results).isEmpty();
    }

    @Test
    void aCheckThatThrowsCouldNotBeCheckedAndTheRunGoesOn() throws Exception {
        DiagnosticCheck broken = new DiagnosticCheck() {
            @Override
            public CheckId id() {
                return CheckId.REARM_COUNT;
            }

            @Override
            public CheckResult run(DiagnosticContext context) {
                throw new IllegalStateException("bug");
            }
        };
        List<CheckResult> results = new DiagnosticsRunner(List.of(broken, new Sleeper(CheckId.ELEVATION, 0)), threads)
                .run(context, r -> { });

        assertThat(results.get(0).verdict()).isEqualTo(Verdict.COULD_NOT_CHECK);
        assertThat(results.get(0).evidence(EN)).contains("IllegalStateException");
        assertThat(results.get(1).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void theMachineIsReadOnceForAllChecks() throws Exception {
        CountingService service = fixed(snapshot(workstation(true), product().build()));

        List<CheckResult> results = new DiagnosticsRunner(DiagnosticChecks.standard(), threads)
                .run(context(service, Optional::empty), r -> { });

        assertThat(service.reads()).isEqualTo(1);
        assertThat(results).hasSize(CheckId.values().length);
    }

    @Test
    void anUnreadableLicensingServiceFailsTheReadAndLeavesTheDependentChecksUnchecked() throws Exception {
        CountingService denied = failing(0x80070005);

        List<CheckResult> results = new DiagnosticsRunner(DiagnosticChecks.standard(), threads)
                .run(context(denied, Optional::empty), r -> { });

        assertThat(denied.reads()).as("tried once, not once per check").isEqualTo(1);
        CheckResult read = results.get(0);
        assertThat(read.check()).isEqualTo(CheckId.READ_LICENSING);
        assertThat(read.verdict()).isEqualTo(Verdict.PROBLEM);
        assertThat(read.fixTarget()).isEqualTo(FixTarget.RESTART_AS_ADMIN);
        // Independent of the snapshot: the RD license server (read on its own) and the computer around licensing
        // (service, internet, clock, restart), which is worth seeing most when licensing cannot be read.
        Set<CheckId> independent = EnumSet.of(CheckId.READ_LICENSING, CheckId.RDS_LICENSE_SERVER,
                CheckId.LICENSING_SERVICE_STATE, CheckId.ONLINE_REACHABILITY, CheckId.SYSTEM_CLOCK,
                CheckId.PENDING_REBOOT);
        for (CheckResult result : results) {
            if (independent.contains(result.check())) {
                continue;
            }
            assertThat(result.verdict()).as("%s", result.check()).isEqualTo(Verdict.COULD_NOT_CHECK);
            assertThat(result.code()).as("%s", result.check()).isEqualTo(new Hresult(0x80070005));
            assertThat(result.evidence(EN)).contains("licensing service could not be read").contains("0x80070005");
        }
        // The RD license server is read on its own and still answers.
        assertThat(results.stream().filter(r -> r.check() == CheckId.RDS_LICENSE_SERVER).findFirst().orElseThrow()
                .verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aSlowReadIsWaitedForOnceByEveryCheck() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        long readMillis = 300;
        org.activationdesk.core.port.LicensingService slow = new org.activationdesk.core.port.ReadOnlyLicensingService() {
            @Override
            public org.activationdesk.core.port.MachineSnapshot snapshot() throws LicensingException {
                reads.incrementAndGet();
                try {
                    Thread.sleep(readMillis);
                } catch (InterruptedException e) {
                    throw new LicensingException(new Hresult(0x800704C7), "cancelled");
                }
                return DiagnoseFixtures.snapshot(workstation(true), product().build());
            }
        };
        long started = System.nanoTime();
        List<CheckResult> results = new DiagnosticsRunner(DiagnosticChecks.standard(), threads)
                .run(context(slow, Optional::empty), r -> { });
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(reads.get()).isEqualTo(1);
        assertThat(tookMillis).isLessThan(2 * readMillis);
        assertThat(results).noneMatch(r -> r.verdict() == Verdict.COULD_NOT_CHECK && r.code() != null);
    }

    @Test
    void aCheckMayAppearOnlyOnce() {
        assertThatThrownBy(() -> new DiagnosticsRunner(Arrays.asList(new Sleeper(CheckId.ELEVATION, 0),
                new Sleeper(CheckId.ELEVATION, 0)), threads)).isInstanceOf(IllegalArgumentException.class);
    }
}
