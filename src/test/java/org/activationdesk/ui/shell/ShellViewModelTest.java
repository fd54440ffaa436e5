package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.TestSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banner and the scenario switch, with no toolkit. */
class ShellViewModelTest {

    @TempDir
    Path home;

    private final DirectBackground background = new DirectBackground();

    @Test
    void theBannerNamesTheScenarioInTheCurrentLanguage() throws Exception {
        ShellViewModel shell = new ShellViewModel(new TestSession("mak-no-internet", home, Duration.ZERO), background,
                Language.ENGLISH);

        assertThat(shell.practiceProperty().get()).isTrue();
        assertThat(shell.bannerTitleProperty().get()).isEqualTo("PRACTICE MODE: MAK machine with no internet (mak-no-internet)");

        shell.setLanguage(Language.JAPANESE);

        assertThat(shell.bannerTitleProperty().get()).startsWith("練習モード: インターネットに接続できない MAK のマシン");
        assertThat(shell.bannerDetailProperty().get()).contains("このコンピューターを変更しません");
    }

    @Test
    void switchingScenarioRunsInTheBackgroundAndUpdatesTheBanner() throws Exception {
        ShellViewModel shell = new ShellViewModel(new TestSession("mak-no-internet", home, Duration.ZERO), background,
                Language.ENGLISH);
        List<String> switched = new ArrayList<>();

        shell.switchScenario("rds2022-rebuilt", () -> switched.add("done"), switched::add);

        assertThat(background.runs()).isEqualTo(1);
        assertThat(switched).containsExactly("done");
        assertThat(shell.currentScenarioId()).hasValue("rds2022-rebuilt");
        assertThat(shell.bannerTitleProperty().get()).contains("rds2022-rebuilt");
    }

    @Test
    void aBrokenScenarioKeepsTheCurrentOneAndSaysWhyInTheUsersLanguage() throws Exception {
        Path broken = Files.writeString(home.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"oops\": true\n}\n");
        ShellViewModel shell = new ShellViewModel(new TestSession("mak-no-internet", home, Duration.ZERO), background,
                Language.JAPANESE);
        List<String> problems = new ArrayList<>();

        shell.switchScenario(broken.toString(), () -> problems.add("switched?!"), problems::add);

        assertThat(problems).singleElement().asString().contains("broken.json").contains("3 行目").contains("oops");
        assertThat(shell.currentScenarioId()).hasValue("mak-no-internet");
        assertThat(shell.bannerTitleProperty().get()).contains("mak-no-internet");
    }

    @Test
    void restartingAsAdministratorRunsInTheBackgroundAndOnlyThenClosesThisInstance() throws Exception {
        List<String> restarts = new ArrayList<>();
        ShellViewModel shell = new ShellViewModel(new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO)
                .offering(() -> restarts.add("runas")), background, Language.ENGLISH);
        List<String> outcome = new ArrayList<>();

        assertThat(shell.canRestartAsAdministrator()).isTrue();
        shell.restartAsAdministrator(() -> outcome.add("started"), outcome::add);

        assertThat(background.runs()).isEqualTo(1);
        assertThat(restarts).containsExactly("runas");
        assertThat(outcome).containsExactly("started");
    }

    @Test
    void aDeclinedPromptKeepsThisInstanceAndSaysSoInTheUsersLanguage() throws Exception {
        ShellViewModel shell = new ShellViewModel(new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO)
                .offering(() -> {
                    throw new LicensingException(new Hresult(0x800704C7), "declined");
                }), background, Language.JAPANESE);
        List<String> outcome = new ArrayList<>();

        shell.restartAsAdministrator(() -> outcome.add("started"), outcome::add);

        assertThat(outcome).singleElement().asString().contains("許可されなかった");
    }

    @Test
    void anotherRefusalNamesItsCodeAndPracticeOffersNoRestart() throws Exception {
        ShellViewModel offered = new ShellViewModel(new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO)
                .offering(() -> {
                    throw new LicensingException(new Hresult(0x800700C1), "not a valid application");
                }), background, Language.ENGLISH);
        ShellViewModel practice = new ShellViewModel(new TestSession("win10-pro-kms-no-srv", home, Duration.ZERO),
                background, Language.ENGLISH);
        List<String> outcome = new ArrayList<>();

        offered.restartAsAdministrator(() -> outcome.add("started"), outcome::add);
        practice.restartAsAdministrator(() -> outcome.add("started"), outcome::add);

        assertThat(practice.canRestartAsAdministrator()).isFalse();
        assertThat(outcome).hasSize(2);
        assertThat(outcome.get(0)).contains("0x800700C1").contains("Run as administrator");
        assertThat(outcome.get(1)).contains("cannot start itself again");
    }
}
