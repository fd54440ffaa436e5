package org.activationdesk.app;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.activationdesk.cli.Machines;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.SystemMessages;
import org.activationdesk.net.LiveKmsNetwork;
import org.activationdesk.platform.simulated.Scenario;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.ScenarioException;

/** The CLI's way to the machine: the same backend choice as the window, with no simulated delay. */
final class CliMachines implements Machines {

    @Override
    public Opened open(boolean practice, String scenario, Messages messages) throws BadInputException {
        try {
            Backend backend = Backend.select(practice, scenario, Duration.ZERO);
            return new Opened(backend.licensing(), backend.rds(), backend.kmsNetwork(), backend.health(),
                    backend.keyConfigurations(),
                    backend.scenario().map(Scenario::describe), Optional.ofNullable(backend.why()).map(Enum::name),
                    Optional.of(backend.journal()));
        } catch (ScenarioException e) {
            throw new BadInputException(e.describe(messages));
        }
    }

    @Override
    public NetworkAccess network(boolean practice, String scenario, Messages messages) throws BadInputException {
        if (!practice && scenario == null) {
            return new NetworkAccess(new LiveKmsNetwork(), Optional.empty());
        }
        Opened opened = open(practice, scenario, messages);
        return new NetworkAccess(opened.kmsNetwork(), opened.scenario());
    }

    @Override
    public SystemMessages systemMessages() {
        return SystemTexts.forThisComputer();
    }

    @Override
    public List<PracticeScenario> scenarios(Messages messages) throws BadInputException {
        try {
            return new ScenarioCatalog().describeAllBuiltIn();
        } catch (ScenarioException e) {
            throw new BadInputException(e.describe(messages));
        }
    }
}
