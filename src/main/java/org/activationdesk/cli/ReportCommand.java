package org.activationdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report --out FILE [--format html|json]}: diagnoses the machine and writes the ticket report. Exit 0 when
 * written; 2 for an unknown format or a path that cannot be written (checked before anything runs); 3 when
 * writing fails anyway, or when the licensing service could not be read (the report is still written: it
 * documents that failure).
 */
@Command(name = "report", description = "Diagnose and write a ticket report: printable HTML (default) or JSON.")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private String file;

    @Option(names = "--format", paramLabel = "html|json",
            description = "html (printable page) or json; default from the file name (.json), else html.")
    private String format;

    /** What {@code report --json} prints about the written file. */
    record Written(String file, String format, String language, long problem, long warning, long ok,
                   long couldNotCheck) {
    }

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ReportFormat> chosen = format == null ? Optional.of(ReportFormat.forFileName(file))
                : ReportFormat.fromName(format);
        if (chosen.isEmpty()) {
            err.println(m.get("cli.report.badFormat", format));
            return DeskCli.EXIT_BAD_INPUT;
        }
        Path target;
        try {
            target = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            err.println(m.get("cli.report.cannotWrite", file, e.getReason()));
            return DeskCli.EXIT_BAD_INPUT;
        }
        String unwritable = whyUnwritable(target, m);
        if (unwritable != null) {
            err.println(m.get("cli.report.cannotWrite", target.toString(), unwritable));
            return DeskCli.EXIT_BAD_INPUT;
        }
        Optional<Machines.Opened> machine = root.open(err, m);
        if (machine.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        Machines.Opened opened = machine.get();
        Diagnosis.Outcome outcome;
        try {
            outcome = Diagnosis.run(opened, root.machines.systemMessages(), result -> { });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeskCli.EXIT_ENVIRONMENT;
        }
        TicketReport ticket = Diagnosis.ticket(opened, outcome, m, err);
        try {
            Files.writeString(target, chosen.get().writer().write(ticket), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(m.get("cli.report.writeFailed", target.toString(), e.getClass().getSimpleName()));
            return DeskCli.EXIT_ENVIRONMENT;
        }
        if (root.options.json) {
            out.println(Json.write(new Written(target.toString(), chosen.get().extension(), m.language().tag(),
                    ticket.count(Verdict.PROBLEM), ticket.count(Verdict.WARNING), ticket.count(Verdict.OK),
                    ticket.count(Verdict.COULD_NOT_CHECK))));
        } else {
            out.println(m.get("cli.report.written", target.toString()));
        }
        out.flush();
        if (outcome.licensingUnreadable()) {
            err.println(outcome.licensingFailure(m));
            return DeskCli.EXIT_ENVIRONMENT;
        }
        return DeskCli.EXIT_OK;
    }

    /** Why the report could not be written there, in the user's words; null when it can. */
    private static String whyUnwritable(Path target, Messages m) {
        if (Files.isDirectory(target)) {
            return m.get("cli.report.why.isFolder");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return m.get("cli.report.why.noFolder");
        }
        boolean writable = Files.exists(target) ? Files.isWritable(target) : Files.isWritable(folder);
        return writable ? null : m.get("cli.report.why.readOnly");
    }
}
