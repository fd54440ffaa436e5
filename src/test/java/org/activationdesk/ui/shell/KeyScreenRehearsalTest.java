package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.key.KeyViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up rehearsal on the hidden product-key screen, its steps run by hand (no toolkit, no frames). */
class KeyScreenRehearsalTest {

    @TempDir
    Path home;

    private final SimpleObjectProperty<Screen> shown = new SimpleObjectProperty<>(Screen.OVERVIEW);
    private final List<String> typed = new ArrayList<>();
    private KeyViewModel screen;
    private KeyScreenRehearsal rehearsal;

    @BeforeEach
    void screen() throws Exception {
        screen = new KeyViewModel(new TestSession("win10-pro-activated", home, Duration.ZERO), new DirectBackground(),
                ErrorCatalog.load(), Clock.systemUTC(), new SimpleObjectProperty<>(Messages.of(Language.ENGLISH)));
        screen.refreshMachine();
        screen.inputProperty().addListener((observable, before, now) -> typed.add(now));
        rehearsal = new KeyScreenRehearsal(screen, shown);
    }

    @Test
    void aHiddenScreenGetsAMistakeThenAKeyWithItsPlanAndIsGivenBackEmpty() {
        List<Boolean> problems = new ArrayList<>();
        List<Boolean> plans = new ArrayList<>();
        screen.problems().addListener((ListChangeListener<String>) change ->
                problems.add(!screen.problems().isEmpty()));
        screen.plannedProperty().addListener((observable, before, now) -> plans.add(now));

        run(rehearsal.steps(() -> true));

        assertThat(typed).hasSize(3).endsWith("");
        assertThat(problems).contains(true);
        assertThat(plans).contains(true);
        assertThat(screen.identifiedProperty().get()).isFalse();
        assertThat(screen.problems()).isEmpty();
    }

    @Test
    void aFieldSomeoneElseChangedIsLeftAsItIs() {
        List<BooleanSupplier> steps = rehearsal.steps(() -> true);
        run(steps.subList(0, 2)); // ready, and the key with a slip
        screen.inputProperty().set("ABCDE");

        run(steps.subList(2, steps.size()));

        assertThat(screen.inputProperty().get()).isEqualTo("ABCDE");
    }

    @Test
    void showingTheScreenGivesTheFieldBackEmptyAndEndsTheRehearsalForGood() {
        List<BooleanSupplier> steps = rehearsal.steps(() -> true);
        run(steps.subList(0, 3)); // ready, the slip, the key
        assertThat(screen.inputProperty().get()).isNotEmpty();

        rehearsal.giveBack(); // as MainWindow.show does before the screen becomes visible
        shown.set(Screen.PRODUCT_KEY);
        assertThat(screen.inputProperty().get()).isEmpty();
        shown.set(Screen.OVERVIEW);
        run(steps.subList(3, steps.size()));

        assertThat(screen.inputProperty().get()).isEmpty();
        assertThat(typed).hasSize(3);
    }

    @Test
    void theScreenOnShowIsNeverTypedInto() {
        shown.set(Screen.PRODUCT_KEY);

        run(rehearsal.steps(() -> true));

        assertThat(typed).isEmpty();
    }

    /** Runs each step until it is done, as frames would. */
    private static void run(List<BooleanSupplier> steps) {
        for (BooleanSupplier step : steps) {
            for (int frame = 0; !step.getAsBoolean(); frame++) {
                if (frame > 1000) {
                    fail("a step never finished");
                }
            }
        }
    }
}
