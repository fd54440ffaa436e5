package org.activationdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
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
import org.activationdesk.platform.simulated.PracticePhoneDirectory;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.activationdesk.platform.simulated.SimulatedSystemHealth;
import org.activationdesk.ui.shell.Session;

/** A practice session for screen and view-model tests: the built-in scenarios, a journal in a temp folder. */
public final class TestSession implements Session {

    private final ScenarioCatalog catalog = new ScenarioCatalog();
    private final ActionJournal journal;
    private final Duration latency;
    private SimulatedLicensingService simulator;
    private AdministratorRestart administratorRestart;

    public TestSession(String scenarioId, Path journalFolder, Duration latency) throws ScenarioException {
        this.journal = new ActionJournal(journalFolder.resolve("journal.tsv"));
        this.latency = latency;
        this.simulator = simulatorFor(scenarioId);
    }

    private SimulatedLicensingService simulatorFor(String id) throws ScenarioException {
        return new SimulatedLicensingService(catalog.load(id), Clock.systemUTC(), latency);
    }

    @Override
    public LicensingService licensing() {
        return simulator;
    }

    @Override
    public RdsLicensingService rds() {
        return simulator;
    }

    @Override
    public KmsNetwork kmsNetwork() {
        return simulator.kmsNetwork(latency);
    }

    @Override
    public SystemHealth systemHealth() {
        SimulatedLicensingService machine = simulator;
        return new SimulatedSystemHealth(machine.scenario(), machine::editionChangePending, Clock.systemUTC(), latency);
    }

    @Override
    public ActionJournal journal() {
        return journal;
    }

    @Override
    public PhoneDirectory phoneDirectory() {
        return PracticePhoneDirectory.builtIn();
    }

    @Override
    public Optional<PracticePhoneLine> practicePhoneLine() {
        return Optional.of(simulator);
    }

    /** Offers "restart as administrator" through this stand-in, as the real Windows service would. */
    public TestSession offering(AdministratorRestart restart) {
        this.administratorRestart = restart;
        return this;
    }

    @Override
    public Optional<AdministratorRestart> administratorRestart() {
        return Optional.ofNullable(administratorRestart);
    }

    /** The practice machine itself, for tests that change it behind the screen's back (a hardware change). */
    public SimulatedLicensingService simulator() {
        return simulator;
    }

    @Override
    public KeyConfigurations keyConfigurations() {
        return simulator;
    }

    @Override
    public Optional<PracticeScenario> practiceScenario() {
        return Optional.of(simulator.scenario().describe());
    }

    @Override
    public Optional<String> practiceReason() {
        return Optional.of("REQUESTED");
    }

    @Override
    public List<PracticeScenario> scenarios() {
        try {
            return catalog.describeAllBuiltIn();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void switchScenario(String id, Messages messages) {
        try {
            simulator = simulatorFor(id);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.describe(messages), e);
        }
    }
}
