package org.activationdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.PhoneDirectory;
import org.activationdesk.core.port.PracticePhoneLine;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.net.LiveKmsNetwork;
import org.activationdesk.platform.simulated.PracticePhoneDirectory;
import org.activationdesk.platform.simulated.Scenario;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.activationdesk.platform.simulated.SimulatedSystemHealth;
import org.activationdesk.platform.windows.WindowsLicensingService;

/**
 * The adapters wired for this run: the real licensing service or practice mode, and the journal that
 * goes with it. Built once at start-up (and again when the user switches scenario).
 *
 * @param kmsNetwork        KMS lookups and probes: the scenario's network in practice, else the real one
 * @param keyConfigurations identifies keys by group and serial: the machine's pkeyconfig, the scenario's ranges in
 *                          practice
 * @param scenario          the practice scenario, empty when this is the real service
 * @param why               why practice mode is on, or null for the real service
 * @param health            the service, internet, clock and restart facts: the scenario's in practice, else this
 *                          computer's
 */
public record Backend(LicensingService licensing, RdsLicensingService rds, KmsNetwork kmsNetwork,
                      KeyConfigurations keyConfigurations,
                      Optional<Scenario> scenario, PracticeReason why, ActionJournal journal,
                      PhoneDirectory phoneDirectory, Optional<PracticePhoneLine> practicePhoneLine,
                      SystemHealth health) {

    /** Why the app runs on the simulator rather than on the machine's licensing service. */
    public enum PracticeReason {
        /** Not a Windows machine: practice is all there is. */
        NOT_WINDOWS,
        /** The user asked for practice mode (--practice or --scenario). */
        REQUESTED,
        /** Windows, but the bridge to its licensing service could not be loaded (slc.dll or JNA's native part). */
        WINDOWS_BRIDGE_UNAVAILABLE
    }

    public Backend {
        Objects.requireNonNull(licensing, "licensing");
        Objects.requireNonNull(rds, "rds");
        Objects.requireNonNull(kmsNetwork, "kmsNetwork");
        Objects.requireNonNull(keyConfigurations, "keyConfigurations");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(phoneDirectory, "phoneDirectory");
        Objects.requireNonNull(practicePhoneLine, "practicePhoneLine");
        Objects.requireNonNull(health, "health");
    }

    /**
     * {@code -Dactivationdesk.practice=true} acts as {@code --practice} for every start: for training machines, and for
     * the unit tests on Windows, which must not read the machine they run on (only the windows-contract tests do).
     */
    public static final String PRACTICE_PROPERTY = "activationdesk.practice";

    public boolean isPractice() {
        return scenario.isPresent();
    }

    /**
     * Picks the adapters.
     *
     * @param practiceRequested --practice was given
     * @param scenarioName      --scenario NAME|PATH, or null for the default scenario
     * @param latency           how long simulated calls take
     */
    public static Backend select(boolean practiceRequested, String scenarioName, Duration latency)
            throws ScenarioException {
        if (practiceRequested || scenarioName != null) {
            return practice(scenarioName, PracticeReason.REQUESTED, latency);
        }
        if (!AppPaths.isWindows()) {
            return practice(null, PracticeReason.NOT_WINDOWS, latency);
        }
        if (Boolean.getBoolean(PRACTICE_PROPERTY)) {
            return practice(null, PracticeReason.REQUESTED, latency);
        }
        try {
            return windows();
        } catch (LinkageError | RuntimeException bridgeUnavailable) {
            // Without the bridge nothing on this machine can be read; the banner says so instead of pretending.
            return practice(null, PracticeReason.WINDOWS_BRIDGE_UNAVAILABLE, latency);
        }
    }

    /** The machine's own licensing service, through slc.dll and WMI. */
    static Backend windows() {
        WindowsLicensingService.Bridge bridge = WindowsLicensingService.open();
        return new Backend(bridge.licensing(), bridge.rds(), new LiveKmsNetwork(), bridge.licensing(), Optional.empty(),
                null, new ActionJournal(AppPaths.journal(false)), bridge.phoneDirectory(), Optional.empty(),
                LiveSystemHealth.forThisComputer());
    }

    public static Backend practice(String scenarioName, PracticeReason why, Duration latency) throws ScenarioException {
        ScenarioCatalog catalog = new ScenarioCatalog();
        Scenario scenario = catalog.load(scenarioName == null ? catalog.defaultId() : scenarioName);
        SimulatedLicensingService simulator = new SimulatedLicensingService(scenario, Clock.systemUTC(), latency);
        return new Backend(simulator, simulator, simulator.kmsNetwork(latency), simulator,
                Optional.of(scenario), why, new ActionJournal(AppPaths.journal(true)), PracticePhoneDirectory.builtIn(),
                Optional.of(simulator),
                new SimulatedSystemHealth(scenario, simulator::editionChangePending, Clock.systemUTC(), latency));
    }
}
