package org.activationdesk.ui.util;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * Runs work one step per frame, at the start of the frame before its CSS and layout pass, so that what a step changes
 * is styled and laid out in that frame and no frame carries more than one step. A step answers whether it is done; one
 * that is not (it waits for a background result) runs again next frame.
 */
public final class FrameSteps {

    private FrameSteps() {
    }

    /** Starts the steps; call on the JavaFX thread. */
    public static void run(List<BooleanSupplier> steps) {
        Queue<BooleanSupplier> left = new ArrayDeque<>(steps);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!left.isEmpty() && left.peek().getAsBoolean()) {
                    left.remove();
                }
                if (left.isEmpty()) {
                    stop();
                }
            }
        }.start();
    }

    /** A step done in one go. */
    public static BooleanSupplier once(Runnable step) {
        return () -> {
            step.run();
            return true;
        };
    }
}
