package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import org.activationdesk.core.diagnose.Fact;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.rds.RdsAssessment;
import picocli.CommandLine.Command;

/**
 * {@code rds-status}: the RD license server on this machine. Exit 0 when it is activated with CALs to issue and nothing
 * else needs attention, 1 when something does (the role missing too), 3 when it cannot be read.
 */
@Command(name = "rds-status",
        description = "Show the RD license server: role, activation, license server ID, Product ID, database, CAL key packs.")
final class RdsStatusCommand extends MachineCommand {

    @Override
    protected int run(Machines.Opened opened, Messages m, PrintWriter out, PrintWriter err) {
        Optional<RdsLicenseServer> installed;
        try {
            installed = opened.rds().licenseServer();
        } catch (LicensingException e) {
            err.println(m.get("cli.error.licensing", e.code().toString(),
                    StatusReport.title(e.code(), ErrorCatalog.load(), m)));
            return DeskCli.EXIT_ENVIRONMENT;
        }
        MachineInfo info = null;
        try {
            info = opened.licensing().snapshot().machine();
        } catch (LicensingException e) {
            // Without the machine the CAL versions are not compared with the server's; the rest stands.
        }
        RdsAssessment assessment = RdsAssessment.of(installed, info, Instant.now());
        RdsStatusReport report = RdsStatusReport.of(opened, info, installed, assessment, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            printText(report, m, out);
        }
        out.flush();
        return report.needsAttention() ? DeskCli.EXIT_FINDING : DeskCli.EXIT_OK;
    }

    private static void printText(RdsStatusReport report, Messages m, PrintWriter out) {
        if (report.scenario() != null) {
            out.println(m.get("cli.status.practice", report.scenario().title(), report.scenario().id()));
            out.println();
        }
        if (report.computerName() != null) {
            line(out, m.get("cli.status.computer"), report.computerName());
        }
        if (report.roleInstalled()) {
            line(out, m.get("overview.rds.heading"), report.activationStatusText());
            line(out, m.get("rds.serverId"), report.licenseServerIdGrouped() == null ? m.get("rds.serverId.none")
                    : report.licenseServerIdGrouped());
            line(out, m.get("rds.productId"), report.productId());
            line(out, m.get("rds.databasePath"), report.databasePath());
            out.println();
            out.println(m.get("rds.keyPacks.heading") + ":");
            if (report.keyPacks().isEmpty()) {
                out.println("  " + m.get("rds.keyPacks.none"));
            }
            for (RdsStatusReport.KeyPack p : report.keyPacks()) {
                out.println("  " + m.get("cli.rds.keyPack", String.valueOf(p.keyPackId()), p.calTypeText(),
                        p.productVersion(), p.keyPackTypeText(), String.valueOf(p.totalLicenses()),
                        String.valueOf(p.availableLicenses()), String.valueOf(p.issuedLicenses()),
                        p.expirationDate() == null ? m.get("rds.expires.none") : Fact.formatTime(p.expirationDate())));
            }
        }
        out.println();
        for (RdsStatusReport.Finding f : report.findings()) {
            out.println(m.get("cli.rds.finding", m.get("rds.level." + f.level()), f.text()));
        }
        if (!report.needsAttention()) {
            out.println(m.get("cli.rds.ready"));
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(label + ": " + value);
    }
}
