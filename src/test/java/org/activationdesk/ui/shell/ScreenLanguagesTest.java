package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each screen's language: the shown one switches at once, hidden ones over the next frames (the toolkit runs them). */
@ExtendWith(ApplicationExtension.class)
class ScreenLanguagesTest {

    private final SimpleObjectProperty<Messages> language = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));
    private final SimpleObjectProperty<Screen> shown = new SimpleObjectProperty<>(Screen.OVERVIEW);
    private ScreenLanguages languages;

    @Start
    void start(Stage stage) {
        languages = new ScreenLanguages(language, shown);
    }

    /** Asked on the FX thread, where the frames change it. */
    private boolean settled() throws Exception {
        return WaitForAsyncUtils.asyncFx(languages::settled).get();
    }

    @Test
    void theScreenOnShowSwitchesAtOnceAndTheHiddenOnesFollow(FxRobot robot) throws Exception {
        Map<Screen, Language> atTheSwitch = new EnumMap<>(Screen.class);
        robot.interact(() -> {
            language.set(Messages.of(Language.JAPANESE));
            for (Screen screen : Screen.values()) {
                atTheSwitch.put(screen, languages.of(screen).get().language());
            }
        });

        assertThat(atTheSwitch.get(Screen.OVERVIEW)).isEqualTo(Language.JAPANESE);
        assertThat(atTheSwitch.get(Screen.RDS)).as("a hidden screen waits for a frame of its own")
                .isEqualTo(Language.ENGLISH);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::settled);
        for (Screen screen : Screen.values()) {
            assertThat(languages.of(screen).get().language()).as("%s", screen).isEqualTo(Language.JAPANESE);
        }
    }

    @Test
    void aHiddenScreenCatchesUpBeforeItIsShown(FxRobot robot) {
        List<Language> rds = new ArrayList<>();
        robot.interact(() -> {
            language.set(Messages.of(Language.JAPANESE));
            languages.catchUp(Screen.RDS);
            rds.add(languages.of(Screen.RDS).get().language());
        });

        assertThat(rds).containsExactly(Language.JAPANESE);
    }

    @Test
    void theRehearsalShowsOnlyHiddenScreensTheOtherLanguageAndBringsThemBack(FxRobot robot) throws Exception {
        Map<Screen, List<Language>> seen = new EnumMap<>(Screen.class);
        robot.interact(() -> {
            for (Screen screen : Screen.values()) {
                List<Language> languagesSeen = new ArrayList<>();
                seen.put(screen, languagesSeen);
                languages.of(screen).addListener((observable, before, now) -> languagesSeen.add(now.language()));
            }
            languages.rehearse();
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::settled);
        assertThat(seen.get(Screen.OVERVIEW)).as("the screen on show").isEmpty();
        for (Screen screen : Screen.values()) {
            if (screen != Screen.OVERVIEW) {
                assertThat(seen.get(screen)).as("%s", screen).containsExactly(Language.JAPANESE, Language.ENGLISH);
            }
        }
    }
}
