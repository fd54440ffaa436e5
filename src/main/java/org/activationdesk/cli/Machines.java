package org.activationdesk.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.port.SystemMessages;
import org.activationdesk.core.port.UnknownFact;

/** How commands reach a machine: implemented by the composition root, so commands know only the ports. */
public interface Machines {

    /**
     * Opens the licensing ports for one command.
     *
     * @throws BadInputException when the scenario cannot be loaded, with a message in the given language
     */
    Opened open(boolean practice, String scenario, Messages messages) throws BadInputException;

    /**
     * The network for {@code kms-discover} and {@code kms-probe}: the real one, unless a practice scenario was asked
     * for by name ({@code --scenario}) or by {@code --practice}; running on the simulator because this is no Windows
     * machine does not make the network a practice one.
     *
     * @throws BadInputException when the scenario cannot be loaded, with a message in the given language
     */
    NetworkAccess network(boolean practice, String scenario, Messages messages) throws BadInputException;

    /** A network and, when it is a practice one, its scenario. */
    record NetworkAccess(KmsNetwork network, Optional<PracticeScenario> scenario) {

        public NetworkAccess {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(scenario, "scenario");
        }
    }

    /** The built-in practice scenarios. */
    List<PracticeScenario> scenarios(Messages messages) throws BadInputException;

    /** Windows' own texts for system errors, for codes the catalog lacks; none but on Windows. */
    default SystemMessages systemMessages() {
        return SystemMessages.NONE;
    }

    /**
     * @param kmsNetwork        KMS lookups and probes for diagnostics: the scenario's network in practice mode
     * @param health            the service, internet, clock and restart facts for diagnostics (the scenario's in
     *                          practice mode)
     * @param keyConfigurations identifies keys by group and serial (the scenario's ranges in practice mode)
     * @param scenario          the practice scenario, empty on the real licensing service
     * @param practiceReason    why practice mode is on (a {@code banner.reason.*} suffix), empty on the real service
     * @param journal           the action journal that goes with these ports (practice keeps its own), for reports
     */
    record Opened(LicensingService licensing, RdsLicensingService rds, KmsNetwork kmsNetwork, SystemHealth health,
                  KeyConfigurations keyConfigurations,
                  Optional<PracticeScenario> scenario, Optional<String> practiceReason,
                  Optional<ActionJournal> journal) {

        public Opened {
            Objects.requireNonNull(licensing, "licensing");
            Objects.requireNonNull(rds, "rds");
            Objects.requireNonNull(kmsNetwork, "kmsNetwork");
            Objects.requireNonNull(health, "health");
            Objects.requireNonNull(keyConfigurations, "keyConfigurations");
            Objects.requireNonNull(journal, "journal");
        }

        /**
         * A machine whose key configurations, journal and system health are unknown: only published keys are
         * identified, and the service, internet, clock and restart checks say they could not check.
         */
        public Opened(LicensingService licensing, RdsLicensingService rds, KmsNetwork kmsNetwork,
                      Optional<PracticeScenario> scenario, Optional<String> practiceReason) {
            this(licensing, rds, kmsNetwork, SystemHealth.unknown(UnknownFact.Reason.NOT_AVAILABLE),
                    KeyConfigurations.NONE, scenario, practiceReason, Optional.empty());
        }
    }

    /** Input the command cannot work with; the message is already in the user's language. */
    final class BadInputException extends Exception {
        public BadInputException(String message) {
            super(message);
        }
    }
}
