package org.activationdesk.core.rds;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicenseServer;

/**
 * What must be kept of an RD license server, as Windows reports it at one moment: its IDs, the database path and the
 * key packs, with the recovery checklist. Holds no product key (none is involved) and no contact data.
 *
 * @param computerName the license server's name, or null when the machine could not be read
 * @param osName       its Windows, or null when the machine could not be read
 * @param practice     the practice scenario, empty on a real server
 */
public record RdsBackup(Instant createdAt, Language language, String computerName, String osName,
                        Optional<PracticeScenario> practice, RdsLicenseServer server) {

    public RdsBackup {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(server, "server");
    }

    public RecoveryChecklist checklist() {
        return RecoveryChecklist.of(Optional.of(server));
    }

    /** The license server ID, or empty while the server is not activated. */
    public Optional<RdsId> licenseServerId() {
        return Optional.ofNullable(server.licenseServerId()).map(id -> RdsId.of(RdsIdKind.LICENSE_SERVER_ID, id));
    }
}
