package org.activationdesk.core.rds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.rds.RdsFinding.Kind;
import org.activationdesk.core.rds.RdsFinding.Level;

/**
 * What needs attention on an RD license server: activation, whether CALs are left to issue, and CAL compatibility as
 * Microsoft documents it ("License Remote Desktop Services with Client Access Licenses"): a license server holds CALs
 * of its own Windows Server version or older; a session host needs CALs of its own version or newer; per-user CALs
 * cannot be tracked in a workgroup, so a workgroup needs per-device CALs.
 */
public final class RdsAssessment {

    private final List<RdsFinding> findings;

    private RdsAssessment(List<RdsFinding> findings) {
        this.findings = List.copyOf(findings);
    }

    /**
     * @param server  the license server, empty when the role is not installed
     * @param machine the license server's own machine, or null when it could not be read (no version check then)
     */
    public static RdsAssessment of(Optional<RdsLicenseServer> server, MachineInfo machine, Instant now) {
        List<RdsFinding> findings = new ArrayList<>();
        if (server.isEmpty()) {
            findings.add(new RdsFinding(Kind.ROLE_NOT_INSTALLED, Level.PROBLEM, 0, Phrase.of("rds.finding.notInstalled")));
            return new RdsAssessment(findings);
        }
        RdsLicenseServer s = server.get();
        switch (s.activationStatus()) {
            case NOT_ACTIVATED -> findings.add(new RdsFinding(Kind.NOT_ACTIVATED, Level.PROBLEM, 0,
                    Phrase.of("rds.finding.notActivated")));
            case UNKNOWN -> findings.add(new RdsFinding(Kind.STATUS_UNKNOWN, Level.WARNING, 0,
                    Phrase.of("rds.finding.statusUnknown")));
            case ACTIVATED -> { }
        }
        List<RdsKeyPack> purchased = s.keyPacks().stream().filter(p -> p.keyPackType() != RdsKeyPackType.TEMPORARY).toList();
        if (purchased.isEmpty()) {
            findings.add(new RdsFinding(Kind.NO_KEY_PACKS, Level.PROBLEM, 0, Phrase.of("rds.finding.noKeyPacks")));
        } else if (purchased.stream().mapToInt(RdsKeyPack::availableLicenses).sum() == 0) {
            findings.add(new RdsFinding(Kind.NO_LICENCES_AVAILABLE, Level.WARNING, 0,
                    Phrase.of("rds.finding.noLicencesAvailable")));
        }
        Optional<ServerVersion> serverVersion = machine == null ? Optional.empty()
                : ServerVersion.fromBuild(machine.build()).or(() -> ServerVersion.fromName(machine.osName()));
        boolean workgroup = machine != null && !machine.domainRole().isDomainMember();
        for (RdsKeyPack pack : s.keyPacks()) {
            review(pack, serverVersion, workgroup, now, findings);
        }
        return new RdsAssessment(findings);
    }

    private static void review(RdsKeyPack pack, Optional<ServerVersion> serverVersion, boolean workgroup, Instant now,
                               List<RdsFinding> findings) {
        int id = pack.keyPackId();
        String packName = pack.productVersion();
        Optional<ServerVersion> calVersion = ServerVersion.fromName(pack.productVersion());
        if (calVersion.isEmpty()) {
            findings.add(new RdsFinding(Kind.CAL_VERSION_UNKNOWN, Level.NOTE, id,
                    Phrase.of("rds.finding.calVersionUnknown", String.valueOf(id), packName)));
        } else {
            if (serverVersion.isPresent() && calVersion.get().isNewerThan(serverVersion.get())) {
                findings.add(new RdsFinding(Kind.CAL_NEWER_THAN_SERVER, Level.PROBLEM, id,
                        Phrase.of("rds.finding.calNewerThanServer", String.valueOf(id), calVersion.get().displayName(),
                                serverVersion.get().displayName())));
            }
            findings.add(new RdsFinding(Kind.SESSION_HOSTS_SERVED, Level.NOTE, id,
                    Phrase.of("rds.finding.sessionHostsServed", String.valueOf(id), calVersion.get().displayName(),
                            servesSessionHostsUpTo(calVersion.get()).displayName())));
        }
        if (workgroup && pack.calType() == CalType.PER_USER) {
            findings.add(new RdsFinding(Kind.PER_USER_IN_WORKGROUP, Level.WARNING, id,
                    Phrase.of("rds.finding.perUserInWorkgroup", String.valueOf(id))));
        }
        if (pack.keyPackType() == RdsKeyPackType.TEMPORARY) {
            findings.add(new RdsFinding(Kind.TEMPORARY_KEY_PACK, Level.NOTE, id,
                    Phrase.of("rds.finding.temporaryPack", String.valueOf(id))));
        } else if (pack.expirationDate() != null && !pack.expirationDate().isAfter(now)) {
            findings.add(new RdsFinding(Kind.KEY_PACK_EXPIRED, Level.WARNING, id,
                    Phrase.of("rds.finding.packExpired", String.valueOf(id))));
        }
    }

    /**
     * The newest session host version CALs of this version serve: their own (2008 CALs also serve 2008 R2, 2012 CALs
     * 2012 R2, as those releases had no CALs of their own).
     */
    public static ServerVersion servesSessionHostsUpTo(ServerVersion calVersion) {
        return switch (calVersion) {
            case WS2008 -> ServerVersion.WS2008_R2;
            case WS2012 -> ServerVersion.WS2012_R2;
            default -> calVersion;
        };
    }

    /** Problems first, then warnings, then notes; in the order found within each. */
    public List<RdsFinding> findings() {
        return findings.stream().sorted((a, b) -> a.level().compareTo(b.level())).toList();
    }

    /** Something is wrong or will be: a problem or a warning. */
    public boolean needsAttention() {
        return findings.stream().anyMatch(RdsFinding::needsAttention);
    }
}
