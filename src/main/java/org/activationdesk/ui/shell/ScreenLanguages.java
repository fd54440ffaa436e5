package org.activationdesk.ui.shell;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;

/**
 * The language each screen shows. Every screen stays in the scene while hidden, and JavaFX styles and lays out hidden
 * nodes too: switching all seven screens in one go re-measured every text of the window in one pulse and held the
 * JavaFX thread for 60-150 ms. The screen on show switches at once; the hidden ones follow one per frame, and a hidden
 * screen still behind catches up before it is shown, so nobody sees the old language.
 */
final class ScreenLanguages {

    private record Rehearsal(Screen screen, Messages messages) {
    }

    private final ObservableValue<Messages> language;
    private final ObservableValue<Screen> shown;
    private final Map<Screen, ObjectProperty<Messages>> screens = new EnumMap<>(Screen.class);
    private final Queue<Rehearsal> rehearsals = new ArrayDeque<>();
    /** Runs at the start of each frame, before its CSS and layout pass, while a hidden screen has work left. */
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!oneScreen()) {
                stop();
            }
        }
    };

    ScreenLanguages(ObservableValue<Messages> language, ObservableValue<Screen> shown) {
        this.language = language;
        this.shown = shown;
        for (Screen screen : Screen.values()) {
            screens.put(screen, new SimpleObjectProperty<>(language.getValue()));
        }
        language.addListener((observable, before, now) -> {
            catchUp(shown.getValue());
            frames.start();
        });
    }

    /** The language the screen's view and view model follow. */
    ObjectProperty<Messages> of(Screen screen) {
        return screens.get(screen);
    }

    /** Brings the screen to the current language; call it before the screen is shown. */
    void catchUp(Screen screen) {
        if (screen != null) {
            screens.get(screen).set(language.getValue());
        }
    }

    /**
     * Puts each hidden screen once into every other language, one screen a frame, then brings it back; it stays hidden
     * all along. The first Japanese texts JavaFX lays out cost far more than later ones (fonts, glyphs, the line
     * breaker's code still cold); paid here while the user reads the first screen, the user's first switch takes no
     * more of the JavaFX thread than later ones.
     */
    void rehearse() {
        for (Language other : Language.values()) {
            if (other != language.getValue().language()) {
                Messages messages = Messages.of(other);
                screens.keySet().forEach(screen -> rehearsals.add(new Rehearsal(screen, messages)));
            }
        }
        frames.start();
    }

    /** No screen is behind the current language and no rehearsal is left. */
    boolean settled() {
        return rehearsals.isEmpty()
                && screens.values().stream().allMatch(screen -> screen.get() == language.getValue());
    }

    /** Moves one hidden screen: a rehearsal first, else one still behind the current language. */
    private boolean oneScreen() {
        for (Rehearsal next = rehearsals.poll(); next != null; next = rehearsals.poll()) {
            if (next.screen() != shown.getValue()) {
                screens.get(next.screen()).set(next.messages());
                return true;
            }
        }
        for (ObjectProperty<Messages> screen : screens.values()) {
            if (screen.get() != language.getValue()) {
                screen.set(language.getValue());
                return true;
            }
        }
        return false;
    }
}
