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
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.KmsEndpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan --key KEY}: the ordered steps to use a key on this machine (edition change or conversion, restart,
 * activation), what blocks them and what to know; {@code plan --switch-to kms|mak}: the same for a move between the
 * volume channels, with the planner the volume screen uses. Plans only; changes nothing. Exit 0 when nothing blocks
 * the plan, 1 when something does, 2 for an invalid key, host or option or a bad scenario, 3 when the licensing
 * service fails.
 */
@Command(name = "plan", description = "Plan how to use a product key on this machine (edition change or conversion, "
        + "restart, activation), or how to switch it to KMS client or MAK. Changes nothing.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    private static final String KMS = "kms";
    private static final String MAK = "mak";

    @Option(names = "--key", paramLabel = "KEY",
            description = "The product key to plan for (with --switch-to mak: the MAK); - reads it from standard input.")
    private String key;

    @Option(names = "--switch-to", paramLabel = "kms|mak",
            description = "Plan a switch instead: kms (a KMS client with Microsoft's published key for this edition, "
                    + "or a KMS host back to a client) or mak (the MAK given with --key).")
    private String switchTo;

    @Option(names = "--kms-host", paramLabel = "HOST[:PORT]",
            description = "With --switch-to kms: your organization's KMS host to set; without it the computer finds "
                    + "its host in DNS.")
    private String kmsHost;

    @Option(names = "--by-phone", description = "With --switch-to mak: activate by phone instead of online.")
    private boolean byPhone;

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Intent> intent = intent(err, m);
        if (intent.isEmpty()) {
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
        ActivationPlan plan = planner.plan(snapshot, intent.get());
        PlanReport report = PlanReport.of(opened, snapshot.machine(), plan, switchTo, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            printText(report, m, out);
        }
        out.flush();
        return plan.isBlocked() ? DeskCli.EXIT_FINDING : DeskCli.EXIT_OK;
    }

    /** What to plan for, from the options; empty after saying on stderr what is wrong with them. */
    private Optional<Intent> intent(PrintWriter err, Messages m) {
        String target = switchTo == null ? null : switchTo.strip().toLowerCase(java.util.Locale.ROOT);
        if (target != null && !target.equals(KMS) && !target.equals(MAK)) {
            return refuse(err, m.get("cli.plan.badSwitch", switchTo));
        }
        if (kmsHost != null && !KMS.equals(target)) {
            return refuse(err, m.get("cli.plan.optionNeedsSwitch", "--kms-host", KMS));
        }
        if (byPhone && !MAK.equals(target)) {
            return refuse(err, m.get("cli.plan.optionNeedsSwitch", "--by-phone", MAK));
        }
        if (KMS.equals(target)) {
            if (key != null) {
                return refuse(err, m.get("cli.plan.kmsTakesNoKey"));
            }
            if (kmsHost == null) {
                return Optional.of(Intent.switchToKms());
            }
            try {
                return Optional.of(Intent.switchToKms(KmsEndpoint.parse(kmsHost)));
            } catch (BadAddressException e) {
                return refuse(err, e.describe(m));
            }
        }
        if (key == null) {
            return refuse(err, m.get(MAK.equals(target) ? "cli.plan.makNeedsKey" : "cli.plan.needKeyOrSwitch"));
        }
        Optional<ProductKeyInput> read = KeyArgument.read(List.of(key), err, m);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ProductKeyInput input = read.get();
        if (input.key().isEmpty()) {
            err.println(m.get("cli.plan.keyInvalid"));
            input.problems().forEach(p -> err.println("  - " + p.message(m)));
            return Optional.empty();
        }
        return Optional.of(MAK.equals(target) ? Intent.switchToMak(input.key().get(), byPhone)
                : Intent.useKey(input.key().get()));
    }

    private static Optional<Intent> refuse(PrintWriter err, String why) {
        err.println(why);
        return Optional.empty();
    }

    private static void printText(PlanReport report, Messages m, PrintWriter out) {
        if (report.scenario() != null) {
            out.println(m.get("cli.status.practice", report.scenario().title(), report.scenario().id()));
            out.println();
        }
        out.println(m.get(report.change() == null ? "cli.plan.heading" : "cli.plan.switchHeading"));
        if (report.key() != null) {
            line(out, m.get("cli.key.key"), report.key().masked()
                    + (report.key().product() == null ? "" : "  " + report.key().product()));
        }
        if (report.change() != null && report.change().kmsHost() != null) {
            line(out, m.get("cli.plan.kmsHost"), report.change().kmsHost());
        }
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
