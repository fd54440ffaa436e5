package org.activationdesk.platform.windows.wmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The COM thread's contract, without COM: one initialised thread, errors translated, a hung call abandoned. */
class ComThreadTest {

    private final List<String> initialised = Collections.synchronizedList(new ArrayList<>());
    private final ComThread thread = new ComThread(() -> initialised.add(Thread.currentThread().getName()),
            (call, thrown) -> new WindowsCallException(call, new Hresult(0x80004005), thrown));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseAndClose() {
        release.countDown();
        thread.close();
    }

    @Test
    void runsEveryCallOnOneInitialisedThread() throws WindowsCallException {
        String first = thread.run("a", Duration.ofMinutes(1), () -> Thread.currentThread().getName());
        String second = thread.run("b", Duration.ofMinutes(1), () -> Thread.currentThread().getName());
        assertThat(first).isEqualTo(second).isEqualTo("activation-desk-wmi");
        assertThat(initialised).hasSize(1);
    }

    @Test
    void theBridgesOwnExceptionPassesUnchanged() {
        WindowsCallException own = new WindowsCallException("Activate", new Hresult(0xC004F074));
        assertThatThrownBy(() -> thread.run("Activate", Duration.ofMinutes(1), () -> {
            throw own;
        })).isSameAs(own);
    }

    @Test
    void anythingElseIsTranslated() {
        assertThatThrownBy(() -> thread.run("GetObject", Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("provider crashed");
        })).isInstanceOf(WindowsCallException.class).hasMessageContaining("GetObject")
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCallThatDoesNotAnswerTimesOutAndTheNextCallGetsAFreshThread() throws WindowsCallException {
        // The task waits for a latch that is only released after the test: it cannot finish in time, whatever the clock.
        assertThatThrownBy(() -> thread.run("ExecMethod", Duration.ofMillis(50), () -> {
            release.await();
            return "late";
        })).isInstanceOf(WindowsCallException.class)
                .satisfies(e -> assertThat(((WindowsCallException) e).code().value()).isEqualTo(WmiGateway.TIMEOUT));
        assertThat(thread.run("next", Duration.ofMinutes(1), () -> "answered")).isEqualTo("answered");
        assertThat(initialised).hasSize(2);
    }
}
