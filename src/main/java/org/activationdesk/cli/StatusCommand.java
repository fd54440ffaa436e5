package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.plan.Advice;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsLicenseServer;
import picocli.CommandLine.Command;

/** {@code status}: the machine, its Windows licence and the next step. Exit 1 when something needs doing. */
@Command(name = "status", description = "Show edition, channel, activation status, reason and the next step.")
final class StatusCommand extends MachineCommand {

    @Override
    protected int run(Machines.Opened opened, Messages m, PrintWriter out, PrintWriter err) {
        ErrorCatalog catalog = ErrorCatalog.load();
        MachineSnapshot snapshot;
        Optional<RdsLicenseServer> rds;
        try {
            snapshot = opened.licensing().snapshot();
            rds = opened.rds().licenseServer();
        } catch (LicensingException e) {
            err.println(m.get("cli.error.licensing", e.code().toString(), StatusReport.title(e.code(), catalog, m)));
            return DeskCli.EXIT_ENVIRONMENT;
        }
        Advice advice = NextStepAdvisor.advise(snapshot, rds);
        StatusReport report = StatusReport.of(opened, snapshot, rds, advice, catalog, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            printText(report, m, out);
        }
        out.flush();
        return advice.step() == NextStep.NOTHING_TO_DO ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
    }

    private static void printText(StatusReport report, Messages m, PrintWriter out) {
        if (report.scenario() != null) {
            out.println(m.get("cli.status.practice", report.scenario().title(), report.scenario().id()));
            out.println();
        }
        StatusReport.Machine machine = report.machine();
        line(out, m.get("cli.status.computer"), machine.computerName());
        line(out, m.get("overview.system"), m.get("overview.system.value", machine.osName(), machine.version(),
                String.valueOf(machine.build())));
        line(out, m.get("overview.edition"), machine.editionId());
        line(out, m.get("overview.role"), m.get("domainRole." + machine.domainRole())
                + (machine.domain() == null ? "" : " (" + machine.domain() + ")"));
        for (StatusReport.Product p : report.products()) {
            out.println();
            line(out, m.get("overview.product"), p.name());
            line(out, m.get("overview.channel"), p.channelText());
            line(out, m.get("overview.productKey"), p.maskedKey() == null ? m.get("overview.key.none") : p.maskedKey());
            line(out, m.get("overview.status"), p.licenseStatusText() + " (" + p.licenseStatus() + ")");
            line(out, m.get("overview.timeLeft"), p.timeLeftText());
            line(out, m.get("overview.reason"), p.reasonText() == null ? m.get("overview.reason.none")
                    : p.reason() + "  " + p.reasonText());
            if (p.lastActivationError() != null) {
                line(out, m.get("overview.lastAttempt"), p.lastActivationError() + "  " + p.lastActivationErrorText());
            }
        }
        if (report.rds() != null) {
            out.println();
            line(out, m.get("overview.rds.heading"), report.rds().activationStatusText());
        }
        out.println();
        line(out, m.get("overview.nextStep.heading"), report.nextStep().title());
        out.println("  " + report.nextStep().detail());
    }


    private static void line(PrintWriter out, String label, String value) {
        out.println(label + ": " + value);
    }
}
