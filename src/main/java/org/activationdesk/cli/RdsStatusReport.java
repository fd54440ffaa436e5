package org.activationdesk.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.rds.RdsAssessment;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RdsIdKind;

/**
 * What {@code rds-status --json} prints. Field names are a contract for scripts: add, never rename. IDs are given as
 * Windows reports them (no separators) and, for reading out, in groups of five separated by spaces.
 */
record RdsStatusReport(String mode, StatusReport.ScenarioRef scenario, String computerName, boolean roleInstalled,
                       String activationStatus, String activationStatusText, String licenseServerId,
                       String licenseServerIdGrouped, String productId, String databasePath, List<KeyPack> keyPacks,
                       int availableLicenses, boolean needsAttention, List<Finding> findings) {

    record KeyPack(int keyPackId, String description, String productVersion, String calType, String calTypeText,
                   String keyPackType, String keyPackTypeText, int totalLicenses, int issuedLicenses,
                   int availableLicenses, Instant expirationDate) {
    }

    record Finding(String kind, String level, int keyPackId, String text) {
    }

    static RdsStatusReport of(Machines.Opened opened, MachineInfo machine, Optional<RdsLicenseServer> installed,
                              RdsAssessment assessment, Messages m) {
        StatusReport.ScenarioRef scenario = opened.scenario().map(s -> new StatusReport.ScenarioRef(s.id(),
                s.title().in(m.language()), opened.practiceReason().orElse(null))).orElse(null);
        List<Finding> findings = assessment.findings().stream().map(f -> new Finding(f.kind().name(), f.level().name(),
                f.keyPackId(), f.text().in(m))).toList();
        String mode = opened.scenario().isPresent() ? "practice" : "windows";
        String computer = machine == null ? null : machine.computerName();
        if (installed.isEmpty()) {
            return new RdsStatusReport(mode, scenario, computer, false, null, null, null, null, null, null, List.of(), 0,
                    assessment.needsAttention(), findings);
        }
        RdsLicenseServer s = installed.get();
        String grouped = s.licenseServerId() == null ? null
                : RdsId.of(RdsIdKind.LICENSE_SERVER_ID, s.licenseServerId()).grouped();
        return new RdsStatusReport(mode, scenario, computer, true, s.activationStatus().name(),
                m.of("rdsStatus", s.activationStatus()), s.licenseServerId(), grouped, s.productId(), s.databasePath(),
                s.keyPacks().stream().map(p -> keyPack(p, m)).toList(), s.availableLicenses(),
                assessment.needsAttention(), findings);
    }

    private static KeyPack keyPack(RdsKeyPack p, Messages m) {
        return new KeyPack(p.keyPackId(), p.description(), p.productVersion(), p.calType().name(),
                m.of("rds.calType", p.calType()), p.keyPackType().name(), m.of("rds.keyPackType", p.keyPackType()),
                p.totalLicenses(), p.issuedLicenses(), p.availableLicenses(), p.expirationDate());
    }
}
