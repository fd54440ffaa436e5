package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticsListener;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Summary;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.report.ReportFormat;
import picocli.CommandLine.Command;

/**
 * {@code diagnose}: runs every check and prints each as soon as it and the checks before it are done. Exit 0 when nothing is a problem (warnings
 * and checks that could not run do not count), 1 when something is, 3 when the licensing service itself could
 * not be read. {@code --json} prints the ticket report's JSON once all checks are done.
 */
@Command(name = "diagnose", description = "Run every diagnostic check: verdict, evidence and what to do for each. "
        + "Exit 0 no problem, 1 a problem, 3 the licensing service could not be read.")
final class DiagnoseCommand extends MachineCommand {

    @Override
    protected int run(Machines.Opened opened, Messages m, PrintWriter out, PrintWriter err) {
        boolean json = root.options.json;
        if (!json) {
            opened.scenario().ifPresent(s -> out.println(m.get("cli.status.practice", s.title().in(m.language()), s.id())));
            out.println(m.get("cli.diagnose.heading"));
            out.flush();
        }
        Diagnosis.Outcome outcome;
        try {
            outcome = Diagnosis.run(opened, root.machines.systemMessages(),
                    json ? result -> { } : new InOrder(result -> print(result, m, out)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeskCli.EXIT_ENVIRONMENT;
        }
        if (json) {
            out.print(ReportFormat.JSON.writer().write(Diagnosis.ticket(opened, outcome, m, err)));
        } else {
            out.println();
            out.println(Summary.phrase(outcome.results()).in(m));
        }
        out.flush();
        if (outcome.licensingUnreadable()) {
            err.println(outcome.licensingFailure(m));
            return DeskCli.EXIT_ENVIRONMENT;
        }
        return outcome.anyProblem() ? DeskCli.EXIT_FINDING : DeskCli.EXIT_OK;
    }

    /**
     * Prints results as they come but in check order: a result waits only for the checks listed before it, so
     * the output streams and still reads the same every time.
     */
    private static final class InOrder implements DiagnosticsListener {

        private final Consumer<CheckResult> print;
        private final CheckResult[] arrived = new CheckResult[CheckId.values().length];
        private int next;

        InOrder(Consumer<CheckResult> print) {
            this.print = print;
        }

        @Override
        public void onResult(CheckResult result) {
            arrived[result.check().ordinal()] = result;
            while (next < arrived.length && arrived[next] != null) {
                print.accept(arrived[next++]);
            }
        }

        @Override
        public void onFinished(List<CheckResult> results) {
            // Checks left out of a run leave gaps; whatever waits behind them is printed now.
            for (; next < arrived.length; next++) {
                if (arrived[next] != null) {
                    print.accept(arrived[next]);
                }
            }
        }
    }

    private static void print(CheckResult result, Messages m, PrintWriter out) {
        out.println();
        out.println(m.get("cli.diagnose.result", m.of("diagnose.verdict", result.verdict()),
                m.of("diagnose.check", result.check())));
        out.println("  " + result.evidence(m));
        if (result.fix() != null) {
            out.println("  " + m.get("cli.diagnose.fix", result.fix().text().in(m)));
            if (result.fixTarget() != FixTarget.NONE) {
                out.println("  " + m.get("diagnose.fixIn", m.of("diagnose.fixTarget", result.fixTarget())));
            }
        }
        out.flush();
    }
}
