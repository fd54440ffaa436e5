package org.activationdesk.ui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Steps run in order, on the FX thread, a step that is not done runs again in a later frame. */
class FrameStepsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aStepRunsAgainUntilItIsDoneAndOnlyThenTheNextOne() throws Exception {
        List<String> log = new ArrayList<>(); // touched on the FX thread only
        AtomicInteger tries = new AtomicInteger();

        WaitForAsyncUtils.asyncFx(() -> FrameSteps.run(List.of(
                () -> log.add("waiting") && tries.incrementAndGet() == 3,
                FrameSteps.once(() -> log.add("next")))));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> log.contains("next")).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(log)).get())
                .containsExactly("waiting", "waiting", "waiting", "next");
    }
}
