package org.activationdesk.core.job;

import java.time.Clock;
import java.util.Objects;
import org.activationdesk.core.port.LicensingService;

/**
 * What every job needs besides its own arguments: the service that makes the change, the journal that records it,
 * the clock for the journal line, and the machine's name for the line.
 */
public record JobContext(LicensingService service, ActionJournal journal, Clock clock, String machine) {

    public JobContext {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(machine, "machine");
    }
}
