package org.activationdesk.core.diagnose;

import static org.activationdesk.core.diagnose.DiagnoseFixtures.EN;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.NOW;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.context;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.failing;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.product;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.snapshot;
import static org.activationdesk.core.diagnose.DiagnoseFixtures.workstation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.LicenseStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketReportTest {

    private final ExecutorService threads = DiagnosticsRunner.newExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static JournalEntry line(int minute, String machine, int outcome) {
        return new JournalEntry(NOW.plusSeconds(60L * minute), machine, "activate-online",
                "*****-*****-*****-*****-8HVX7", new Hresult(outcome));
    }

    @Test
    void keepsThisMachinesRecentJournalAndExplainsEveryCodeOnce() throws Exception {
        DiagnosticContext context = context(snapshot(workstation(true),
                product().mak().status(LicenseStatus.OOB_GRACE, 20 * 1440).reason(0x4004F00C).lastError(0x80072EE7)
                        .build()));
        List<CheckResult> results = new DiagnosticsRunner(DiagnosticChecks.standard(), threads).run(context, r -> { });
        List<JournalEntry> journal = new ArrayList<>();
        for (int i = 0; i < TicketReport.JOURNAL_LINES + 5; i++) {
            journal.add(line(i, "PC-01", 0x80072EE7));
        }
        journal.add(line(99, "OTHER-PC", 0xC004F074));

        TicketReport report = TicketReport.of(context, results, journal, EN);

        assertThat(report.snapshot()).isPresent();
        assertThat(report.journal()).hasSize(TicketReport.JOURNAL_LINES).allMatch(e -> e.machine().equals("PC-01"));
        assertThat(report.journalOmitted()).isEqualTo(5);
        assertThat(report.journal().get(report.journal().size() - 1).time()).isEqualTo(NOW.plusSeconds(60L * 54));
        assertThat(report.decodedErrors()).extracting(CodeExplanation::code)
                .containsExactlyInAnyOrder(new Hresult(0x80072EE7), new Hresult(0x4004F00C))
                .doesNotHaveDuplicates();
        assertThat(report.count(Verdict.PROBLEM)).isPositive();
    }

    @Test
    void anUnreadableMachineGivesAReportWithoutSnapshotAndTheWholeJournal() throws Exception {
        DiagnosticContext context = context(failing(0x80070005), Optional::empty);
        List<CheckResult> results = new DiagnosticsRunner(DiagnosticChecks.standard(), threads).run(context, r -> { });

        TicketReport report = TicketReport.of(context, results, List.of(line(1, "ANY", 0)), EN);

        assertThat(report.snapshot()).isEmpty();
        assertThat(report.journal()).hasSize(1);
        assertThat(report.decodedErrors()).extracting(CodeExplanation::code).containsExactly(new Hresult(0x80070005));
    }
}
