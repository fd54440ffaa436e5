package org.activationdesk.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.port.AdministratorRestart;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.PhoneDirectory;
import org.activationdesk.core.port.PracticePhoneLine;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.port.SystemMessages;
import org.activationdesk.platform.simulated.Scenario;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.platform.windows.ShellRunAs;
import org.activationdesk.ui.shell.Session;

/** The GUI's session over the selected backend; switching scenario replaces the backend. */
final class AppSession implements Session {

    private final Duration latency;
    private final List<PracticeScenario> scenarios;
    private final SystemMessages systemMessages = SystemTexts.forThisComputer();
    private volatile Backend backend;

    AppSession(Backend backend, Duration latency) throws ScenarioException {
        this.backend = backend;
        this.latency = latency;
        this.scenarios = backend.isPractice() ? new ScenarioCatalog().describeAllBuiltIn() : List.of();
    }

    @Override
    public LicensingService licensing() {
        return backend.licensing();
    }

    @Override
    public RdsLicensingService rds() {
        return backend.rds();
    }

    @Override
    public KmsNetwork kmsNetwork() {
        return backend.kmsNetwork();
    }

    @Override
    public SystemHealth systemHealth() {
        return backend.health();
    }

    @Override
    public SystemMessages systemMessages() {
        return systemMessages;
    }

    @Override
    public ActionJournal journal() {
        return backend.journal();
    }

    @Override
    public PhoneDirectory phoneDirectory() {
        return backend.phoneDirectory();
    }

    @Override
    public Optional<PracticePhoneLine> practicePhoneLine() {
        return backend.practicePhoneLine();
    }

    @Override
    public Optional<AdministratorRestart> administratorRestart() {
        if (backend.isPractice() || !AppPaths.isWindows()) {
            return Optional.empty();
        }
        return RelaunchCommand.forThisProcess().map(command -> new ShellRunAs(command.program(), command.parameters()));
    }

    @Override
    public KeyConfigurations keyConfigurations() {
        return backend.keyConfigurations();
    }

    @Override
    public Optional<PracticeScenario> practiceScenario() {
        return backend.scenario().map(Scenario::describe);
    }

    @Override
    public Optional<String> practiceReason() {
        return Optional.ofNullable(backend.why()).map(Enum::name);
    }

    @Override
    public List<PracticeScenario> scenarios() {
        return scenarios;
    }

    @Override
    public void switchScenario(String id, Messages messages) {
        try {
            backend = Backend.practice(id, backend.why(), latency);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.describe(messages), e);
        }
    }
}
