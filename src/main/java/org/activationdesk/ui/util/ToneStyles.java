package org.activationdesk.ui.util;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/** Keeps exactly one {@code tone-*} style class on a label, following a view model's tone. */
public final class ToneStyles {

    private ToneStyles() {
    }

    public static void follow(Labeled label, ObservableValue<StatusTone> tone) {
        Runnable apply = () -> {
            label.getStyleClass().removeIf(style -> style.startsWith("tone-"));
            label.getStyleClass().add("tone-" + tone.getValue().name().toLowerCase(Locale.ROOT));
        };
        apply.run();
        tone.addListener((observable, before, now) -> apply.run());
    }
}
