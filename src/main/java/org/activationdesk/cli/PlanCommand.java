package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKeyInput;
import org.activationdesk.core.plan.ActivationPlan;
import org.activationdesk.core.plan.ActivationPlanner;
import org.activationdesk.core.plan.Intent;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan --key KEY}: the ordered steps to use a key on this machine (edition change or conversion, restart,
 * activation), what blocks them and what to know. Plans only; changes nothing. Exit 0 when nothing blocks the
 * plan, 1 when something does, 2 for an invalid key or a bad scenario, 3 when the licensing service fails.
 */
@Command(name = "plan", description = "Plan how to use a product key on this machine: edition change or conversion, "
        + "restart, activation. Changes nothing.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--key", required = true, paramLabel = "KEY",
            description = "The product key to plan for; - reads it from standard input.")
    private String key;

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ProductKeyInput> read = KeyArgument.read(key == null ? List.of() : List.of(key), err, m);
        if (read.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        ProductKeyInput input = read.get();
        if (input.key().isEmpty()) {
            err.println(m.get("cli.plan.keyInvalid"));
            input.problems().forEach(p -> err.println("  - " + p.message(m)));
            return DeskCli.EXIT_BAD_INPUT;
        }
        Optional<Machines.Opened> machine = root.open(err, m);
        if (machine.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        Machines.Opened opened = machine.get();
        MachineSnapshot snapshot;
        try {
            snapshot = opened.licensing().snapshot();
        } catch (LicensingException e) {
            err.println(m.get("cli.error.licensing", e.code().toString(),
                    StatusReport.title(e.code(), ErrorCatalog.load(), m)));
            return DeskCli.EXIT_ENVIRONMENT;
        }
        ActivationPlanner planner = new ActivationPlanner(
                new KeyIdentifier(GvlkCatalog.builtIn(), opened.keyConfigurations()));
        ActivationPlan plan = planner.plan(snapshot, Intent.useKey(input.key().get()));
        PlanReport report = PlanReport.of(opened, snapshot.machine(), plan, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            printText(report, m, out);
        }
        out.flush();
        return plan.isBlocked() ? DeskCli.EXIT_FINDING : DeskCli.EXIT_OK;
    }

    private static void printText(PlanReport report, Messages m, PrintWriter out) {
        if (report.scenario() != null) {
            out.println(m.get("cli.status.practice", report.scenario().title(), report.scenario().id()));
            out.println();
        }
        out.println(m.get("cli.plan.heading"));
        line(out, m.get("cli.key.key"), report.key().masked()
                + (report.key().product() == null ? "" : "  " + report.key().product()));
        line(out, m.get("cli.plan.machine"), m.get("cli.plan.machineValue", report.machine().editionId(),
                report.machine().domainRoleText()));
        line(out, m.get("cli.plan.verdict"), report.verdictText());
        out.println();
        out.println(m.get("cli.plan.steps") + ":");
        if (report.steps().isEmpty()) {
            out.println("  " + m.get("cli.plan.noSteps"));
        }
        report.steps().forEach(s -> out.println("  " + s.number() + ". " + s.text()));
        if (!report.blockers().isEmpty()) {
            out.println();
            out.println(m.get("cli.plan.blockers") + ":");
            report.blockers().forEach(b -> out.println("  - " + b.text()));
        }
        if (!report.warnings().isEmpty()) {
            out.println();
            out.println(m.get("cli.plan.warnings") + ":");
            report.warnings().forEach(w -> out.println("  - " + w.text()));
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(label + ": " + value);
    }
}
