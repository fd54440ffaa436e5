package org.activationdesk.ui.shell;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.ui.key.KeyViewModel;
import org.activationdesk.ui.util.FrameSteps;

/**
 * Types a published KMS client key into the product-key screen while it is hidden, first with a slip, then as it is,
 * one step per frame, waits for its plan and empties the field again. The first mistake, the identity card and the
 * plan with its step buttons otherwise run their code and resolve their styles against AtlantaFX's large stylesheet
 * for the first time while the user types: 30-50 ms more than later. Nothing is installed, changed or logged: typing
 * only checks, identifies and plans. The rehearsal gives the field back empty before the screen is shown, and stops
 * for good once the screen was shown or anyone else changed the field.
 */
final class KeyScreenRehearsal {

    /** How long to wait for the plan (it needs the machine read): about five seconds of frames. */
    private static final int PATIENCE_FRAMES = 300;

    private final KeyViewModel screen;
    private final ObservableValue<Screen> shown;
    /** What the rehearsal last put in the field. */
    private String typed = "";
    private boolean over;
    private int waited;

    KeyScreenRehearsal(KeyViewModel screen, ObservableValue<Screen> shown) {
        this.screen = screen;
        this.shown = shown;
    }

    /** The steps, to run once {@code ready} (e.g. after another rehearsal, so no frame carries two). */
    List<BooleanSupplier> steps(BooleanSupplier ready) {
        return List.of(ready,
                FrameSteps.once(() -> type(withSlip(publishedKey()))),
                FrameSteps.once(() -> type(publishedKey())),
                () -> screen.plannedProperty().get() || !ours() || ++waited > PATIENCE_FRAMES,
                FrameSteps.once(this::giveBack));
    }

    /** Call before the screen is shown: empties the field if the rehearsal still has it, and ends the rehearsal. */
    void giveBack() {
        if (ours()) {
            screen.inputProperty().set("");
        }
        over = true;
    }

    private static String publishedKey() {
        return GvlkCatalog.builtIn().entries().get(0).key().plainText();
    }

    /** The key with its last character mistyped: it fails the checksum, and a correction is offered. */
    private static String withSlip(String key) {
        return key.substring(0, key.length() - 1) + (key.endsWith("Q") ? "G" : "Q");
    }

    private void type(String text) {
        if (ours()) {
            typed = text;
            screen.inputProperty().set(text);
        }
    }

    private boolean ours() {
        return !over && shown.getValue() != Screen.PRODUCT_KEY && typed.equals(screen.inputProperty().get());
    }
}
