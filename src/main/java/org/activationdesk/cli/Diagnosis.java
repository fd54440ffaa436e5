package org.activationdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.DiagnosticsListener;
import org.activationdesk.core.diagnose.DiagnosticsRunner;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.SystemMessages;

/** What {@code diagnose} and {@code report} share: one run of every check, and the ticket made of it. */
final class Diagnosis {

    private Diagnosis() {
    }

    /**
     * @param results every result, in check order
     */
    record Outcome(DiagnosticContext context, List<CheckResult> results) {

        /** The licensing service itself did not answer: an environment problem (exit 3), whatever else was found. */
        CheckResult licensingRead() {
            return results.stream().filter(r -> r.check() == CheckId.READ_LICENSING).findFirst().orElseThrow();
        }

        boolean licensingUnreadable() {
            return licensingRead().verdict() != Verdict.OK;
        }

        boolean anyProblem() {
            return results.stream().anyMatch(r -> r.verdict() == Verdict.PROBLEM);
        }

        /** The one stderr line for exit 3: the code and its meaning when there is one, else what the check said. */
        String licensingFailure(Messages m) {
            CheckResult read = licensingRead();
            return read.code() == null ? read.evidence(m)
                    : m.get("cli.error.licensing", read.code().toString(), context.codeTitle(read.code()).in(m));
        }
    }

    /**
     * @param system Windows' own texts, for codes the catalog lacks
     */
    static Outcome run(Machines.Opened opened, SystemMessages system, DiagnosticsListener listener)
            throws InterruptedException {
        ExecutorService threads = DiagnosticsRunner.newExecutor();
        try {
            DiagnosticContext context = new DiagnosticContext(opened.licensing(), opened.rds(), opened.kmsNetwork(),
                    opened.health(), Clock.systemDefaultZone(), new ErrorExplainer(ErrorCatalog.load(), system),
                    opened.scenario());
            List<CheckResult> results = new DiagnosticsRunner(DiagnosticChecks.standard(), threads).run(context, listener);
            return new Outcome(context, results);
        } finally {
            threads.shutdownNow(); // a check that ignored its timeout must not keep the command alive
        }
    }

    /** The ticket, with this machine's journal; a journal that cannot be read is said on stderr, not fatal. */
    static TicketReport ticket(Machines.Opened opened, Outcome outcome, Messages m, PrintWriter err) {
        List<JournalEntry> journal = List.of();
        if (opened.journal().isPresent()) {
            try {
                journal = opened.journal().get().read();
            } catch (IOException e) {
                err.println(m.get("cli.report.journalUnreadable", e.getClass().getSimpleName()));
            }
        }
        return TicketReport.of(outcome.context(), outcome.results(), journal, m);
    }
}
