package org.activationdesk.ui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Work leaves the FX thread, results come back on it, and timeouts and cancel really stop the work. */
class FxBackgroundTest {

    private final FxBackground background = new FxBackground();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void shutdown() {
        background.shutdown();
    }

    @Test
    void runsOffTheFxThreadAndAnswersOnIt() throws Exception {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> answerOnFx = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);

        background.run(() -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return 42;
        }, Duration.ofSeconds(5), result -> {
            answerOnFx.set(Platform.isFxApplicationThread() && result == 42);
            done.countDown();
        }, failure -> done.countDown());

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFx.get()).isFalse();
        assertThat(answerOnFx.get()).isTrue();
    }

    @Test
    void aHangingCallTimesOutAndIsInterrupted() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch interrupted = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);

        background.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never";
        }, Duration.ofMillis(200), result -> reported.countDown(), error -> {
            failure.set(error);
            reported.countDown();
        });

        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failure.get()).isInstanceOf(TimeoutException.class);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the hanging work was interrupted").isTrue();
    }

    @Test
    void cancelledWorkIsInterruptedAndNeverAnswers() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        AtomicReference<String> answer = new AtomicReference<>("none");

        Background.Cancellable handle = background.run(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        }, Duration.ofSeconds(30), answer::set, error -> answer.set("failure"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch fxIdle = new CountDownLatch(1);
        Platform.runLater(fxIdle::countDown);
        assertThat(fxIdle.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(answer.get()).isEqualTo("none");
    }

    /** A screen may still hand over work while the window closes (a start-up rehearsal step): it is dropped. */
    @Test
    void workAskedForAfterShutdownIsDroppedWithoutAWord() throws Exception {
        background.shutdown();
        AtomicReference<String> heard = new AtomicReference<>();

        Background.Cancellable handle = background.run(() -> "ran", Duration.ofMillis(50), heard::set,
                failure -> heard.set(failure.toString()));
        handle.cancel();
        Thread.sleep(200); // longer than the timeout: nothing may arrive, neither the answer nor a timeout
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(heard.get()).isNull();
    }
}
