package org.activationdesk.ui.util;

import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Loads on a background thread what a screen's first use would otherwise load on the JavaFX thread. ControlsFX's
 * validation decorations take about half a second to load and initialise the first time; done here while the user
 * reads the first screen, the product-key screen opens without a stall.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void start() {
        Thread thread = new Thread(Warmup::run, "activation-desk-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            // Building a decoration loads its images and classes; no node of it is ever shown.
            new GraphicValidationDecoration();
            ValidationResult.fromErrorIf(null, "", false);
            Class.forName("org.controlsfx.validation.ValidationSupport");
            Class.forName("org.controlsfx.control.decoration.Decorator");
            Class.forName("javafx.scene.control.PasswordField");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Only an optimisation: the screen loads what it needs itself.
        }
    }
}
