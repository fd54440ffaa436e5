package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyIssue;
import org.activationdesk.core.key.ProductKeyInput;
import org.activationdesk.core.port.KeyConfigurations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code check-key KEY}: checks a key offline (shape, alphabet, N, checksum) and identifies it by Microsoft's
 * published KMS client keys and, in practice mode, the scenario's key ranges. Never installs or activates; prints
 * the key only masked. Exit 0 valid, 1 invalid, 2 nothing usable was given.
 */
@Command(name = "check-key", description = "Check a product key offline: format, check digits, product and edition. "
        + "Never installs or activates it.")
final class CheckKeyCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "KEY",
            description = "The product key, with or without hyphens; - reads it from standard input.")
    private List<String> key;

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ProductKeyInput> read = KeyArgument.read(key, err, m);
        if (read.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        ProductKeyInput input = read.get();
        if (input.isUnusable()) {
            input.problems().forEach(p -> err.println(p.message(m)));
            return DeskCli.EXIT_BAD_INPUT;
        }
        KeyConfigurations configurations = KeyConfigurations.NONE;
        StatusReport.ScenarioRef scenario = null;
        // The machine's key configurations: the scenario's ranges in practice mode. Without --scenario/--practice
        // only published keys are identified (reading this Windows' own pkeyconfig comes with the Windows bridge).
        if (root.options.practice || root.options.scenario != null) {
            Optional<Machines.Opened> machine = root.open(err, m);
            if (machine.isEmpty()) {
                return DeskCli.EXIT_BAD_INPUT;
            }
            Machines.Opened opened = machine.get();
            configurations = opened.keyConfigurations();
            scenario = opened.scenario().map(s -> new StatusReport.ScenarioRef(s.id(), s.title().in(m.language()),
                    opened.practiceReason().orElse(null))).orElse(null);
        }
        KeyIdentifier identifier = new KeyIdentifier(GvlkCatalog.builtIn(), configurations);
        KeyIdentity identity = input.key().map(identifier::identify).orElse(null);
        KeyCheckReport report = KeyCheckReport.of(input, identity, scenario, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            printText(input, report, m, out);
        }
        out.flush();
        return input.isValid() ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
    }

    private static void printText(ProductKeyInput input, KeyCheckReport report, Messages m, PrintWriter out) {
        if (report.scenario() != null) {
            out.println(m.get("cli.status.practice", report.scenario().title(), report.scenario().id()));
            out.println();
        }
        line(out, m.get("cli.key.key"), report.masked());
        line(out, m.get("cli.key.format"), report.formatText());
        line(out, m.get("cli.key.checksum"), report.checksumText());
        if (report.identifiedText() != null) {
            line(out, m.get("cli.key.identified"), report.identifiedText());
        }
        if (report.editionId() != null) {
            line(out, m.get("cli.key.edition"), report.editionId());
        }
        if (report.channelText() != null) {
            line(out, m.get("overview.channel"), report.channelText() + " (" + report.channel() + ")");
        }
        if (report.groupId() != null) {
            line(out, m.get("cli.key.groupLabel"), m.get("cli.key.group", String.valueOf(report.groupId()),
                    String.valueOf(report.serial())));
        }
        out.println();
        out.println(m.get(report.valid() ? "cli.key.valid" : "cli.key.invalid"));
        list(out, m.get("cli.key.problems"), input.problems(), m);
        if (!report.suggestions().isEmpty()) {
            out.println();
            out.println(m.get("cli.key.suggestions"));
            for (KeyCheckReport.Suggestion s : report.suggestions()) {
                out.println("  - " + m.get("cli.key.suggestion", s.position(), (s.position() - 1) / 5 + 1,
                        KeyIssue.visible(s.from()), s.to()));
            }
        }
        list(out, m.get("cli.key.notes"), input.notes(), m);
    }

    private static void list(PrintWriter out, String heading, List<KeyIssue> issues, Messages m) {
        if (issues.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading + ":");
        issues.forEach(i -> out.println("  - " + i.message(m)));
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(label + ": " + value);
    }
}
