package org.activationdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a blocking call on its own thread, interrupts it once the double saw it arrive, and says what it threw. */
final class Interrupting {

    private static final Duration GUARD = Duration.ofSeconds(10);

    private Interrupting() {
    }

    /**
     * @param arrived counted down by the double when the call reached it
     * @return what the call threw after the interrupt
     */
    static Throwable interruptWhenArrived(ThrowingCallable call, CountDownLatch arrived) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> thrown.set(catchThrowable(call)), "interrupted-caller");
        caller.start();
        assertThat(arrived.await(GUARD.toSeconds(), TimeUnit.SECONDS)).as("the call reached the double").isTrue();

        caller.interrupt();
        caller.join(GUARD.toMillis()); // a guard against a hung test, not a measurement

        assertThat(caller.isAlive()).as("the call gave up").isFalse();
        return thrown.get();
    }
}
