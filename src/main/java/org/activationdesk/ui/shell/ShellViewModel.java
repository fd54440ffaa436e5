package org.activationdesk.ui.shell;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.AdministratorRestart;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.ui.util.Background;

/**
 * The window around the screens: the language, the practice-mode banner and the scenario switch.
 * The banner is the one thing that must never be missed: practice results are not real.
 */
public final class ShellViewModel {

    /** Loading a scenario reads and checks a file; a few seconds would already mean something is wrong. */
    static final Duration SWITCH_TIMEOUT = Duration.ofSeconds(10);
    /** Windows' consent prompt waits for the user, who may first fetch an administrator. */
    static final Duration CONSENT_TIMEOUT = Duration.ofMinutes(10);

    private final Session session;
    private final Background background;
    private final ObjectProperty<Messages> messages;
    private final StringProperty currentScenarioId = new SimpleStringProperty();
    private final BooleanProperty practice = new SimpleBooleanProperty();
    private final StringProperty bannerTitle = new SimpleStringProperty("");
    private final StringProperty bannerDetail = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public ShellViewModel(Session session, Background background, Language language) {
        this.session = session;
        this.background = background;
        this.messages = new SimpleObjectProperty<>(Messages.of(language));
        currentScenarioId.set(session.practiceScenario().map(PracticeScenario::id).orElse(null));
        messages.addListener((observable, before, now) -> renderBanner());
        renderBanner();
    }

    public ObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Language language() {
        return messages.get().language();
    }

    public void setLanguage(Language language) {
        if (language != language()) {
            messages.set(Messages.of(language));
        }
    }

    public List<PracticeScenario> scenarios() {
        return session.scenarios();
    }

    public Optional<String> currentScenarioId() {
        return Optional.ofNullable(currentScenarioId.get());
    }

    /**
     * Switches scenario in the background (it reads and checks a file). On success the banner follows and
     * {@code onSwitched} runs; on failure the current scenario stays and {@code onProblem} gets the reason in
     * the user's language.
     */
    public void switchScenario(String id, Runnable onSwitched, Consumer<String> onProblem) {
        Messages m = messages.get();
        background.run(() -> {
            session.switchScenario(id, m);
            return id;
        }, SWITCH_TIMEOUT, switched -> {
            problem.set("");
            currentScenarioId.set(switched);
            renderBanner();
            onSwitched.run();
        }, failure -> {
            String reason = failure instanceof IllegalArgumentException ? failure.getMessage()
                    : m.get("overview.failed.unexpected", failure.getClass().getSimpleName());
            problem.set(reason);
            onProblem.accept(reason);
        });
    }

    /** Whether this instance can start itself again with administrator rights (real Windows service only). */
    public boolean canRestartAsAdministrator() {
        return session.administratorRestart().isPresent();
    }

    /**
     * Starts Activation Desk again with administrator rights, in the background: Windows shows its consent prompt,
     * which waits for the user. Once the new instance is started {@code onStarted} runs (the window then closes);
     * if the user declines or Windows refuses, this instance stays and {@code onProblem} gets the reason.
     */
    public void restartAsAdministrator(Runnable onStarted, Consumer<String> onProblem) {
        Messages m = messages.get();
        Optional<AdministratorRestart> restart = session.administratorRestart();
        if (restart.isEmpty()) {
            onProblem.accept(m.get("admin.restart.unavailable"));
            return;
        }
        background.run(() -> {
            restart.get().restart();
            return Boolean.TRUE;
        }, CONSENT_TIMEOUT, started -> onStarted.run(), failure -> onProblem.accept(restartProblem(m, failure)));
    }

    private static String restartProblem(Messages m, Throwable failure) {
        if (!(failure instanceof LicensingException refused)) {
            return m.get("admin.restart.failed", failure.getClass().getSimpleName());
        }
        return refused.code().value() == AdministratorRestart.DECLINED ? m.get("admin.restart.declined")
                : m.get("admin.restart.failed", refused.code().toString());
    }

    private void renderBanner() {
        Messages m = messages.get();
        Optional<PracticeScenario> scenario = session.practiceScenario();
        practice.set(scenario.isPresent());
        scenario.ifPresentOrElse(s -> {
            bannerTitle.set(m.get("banner.practice.title", s.title().in(m.language()), s.id()));
            String reason = session.practiceReason().map(r -> m.get("banner.reason." + r)).orElse("");
            bannerDetail.set(m.get("banner.practice.detail", s.summary().in(m.language()), reason));
        }, () -> {
            bannerTitle.set("");
            bannerDetail.set("");
        });
    }

    public BooleanProperty practiceProperty() { return practice; }
    public StringProperty bannerTitleProperty() { return bannerTitle; }
    public StringProperty bannerDetailProperty() { return bannerDetail; }
    public StringProperty problemProperty() { return problem; }
}
