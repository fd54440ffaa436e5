package org.activationdesk.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.PracticeScenario;

/**
 * The window around the screens: the language, the practice-mode banner and the scenario switch.
 * The banner is the one thing that must never be missed: practice results are not real.
 */
public final class ShellViewModel {

    private final Session session;
    private final ObjectProperty<Messages> messages;
    private final BooleanProperty practice = new SimpleBooleanProperty();
    private final StringProperty bannerTitle = new SimpleStringProperty("");
    private final StringProperty bannerDetail = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public ShellViewModel(Session session, Language language) {
        this.session = session;
        this.messages = new SimpleObjectProperty<>(Messages.of(language));
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
        return session.practiceScenario().map(PracticeScenario::id);
    }

    /** Switches scenario; on failure keeps the current one and says why. Returns whether it switched. */
    public boolean switchScenario(String id) {
        try {
            session.switchScenario(id);
            problem.set("");
            renderBanner();
            return true;
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return false;
        }
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
