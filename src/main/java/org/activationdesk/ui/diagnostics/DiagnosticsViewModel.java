package org.activationdesk.ui.diagnostics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.DiagnosticsListener;
import org.activationdesk.core.diagnose.DiagnosticsRun;
import org.activationdesk.core.diagnose.DiagnosticsRunner;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Summary;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.report.ReportFormat;
import org.activationdesk.ui.shell.Session;
import org.activationdesk.ui.util.StatusTone;

/**
 * The diagnostics pane: runs every check in parallel (off the UI thread), shows each result the moment it
 * arrives, worst first, and can be cancelled. Results hold phrases, so a language switch re-words them without
 * running the checks again.
 */
public final class DiagnosticsViewModel {

    /** One result as the pane shows it. */
    public record Row(String check, String verdict, StatusTone tone, String evidence, String fix, String fixWhere,
                      FixTarget target) {
    }

    private final Session session;
    private final ErrorExplainer explainer;
    private final Clock clock;
    private final ObjectProperty<Messages> messages;
    private final Executor uiThread;
    private final ExecutorService threads = DiagnosticsRunner.newExecutor();

    private final List<CheckResult> results = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty reportable = new SimpleBooleanProperty(false);
    private DiagnosticsRun run;
    private DiagnosticContext lastContext;

    /** @param uiThread where results are handed over (Platform::runLater in the app, directly in tests) */
    public DiagnosticsViewModel(Session session, ErrorExplainer explainer, Clock clock, ObjectProperty<Messages> messages,
                                Executor uiThread) {
        this.session = session;
        this.explainer = explainer;
        this.clock = clock;
        this.messages = messages;
        this.uiThread = uiThread;
        messages.addListener((observable, before, now) -> render());
    }

    /** Runs all checks again; a run still going is cancelled first. */
    public void start() {
        cancel();
        results.clear();
        render();
        running.set(true);
        notice.set("");
        DiagnosticContext context = new DiagnosticContext(session.licensing(), session.rds(), session.kmsNetwork(),
                session.systemHealth(), clock, explainer, session.practiceScenario());
        lastContext = context;
        run = new DiagnosticsRunner(DiagnosticChecks.standard(), threads).start(context, uiThread,
                new DiagnosticsListener() {
                    @Override
                    public void onResult(CheckResult result) {
                        results.add(result);
                        render();
                    }

                    @Override
                    public void onFinished(List<CheckResult> all) {
                        running.set(false);
                        reportable.set(true);
                        render();
                    }
                });
    }

    /**
     * Writes the ticket report of the last finished run (HTML or JSON by the file name, in the current language,
     * keys masked, with this machine's journal) on a background thread, then says where it went.
     */
    public void saveReport(Path file) {
        if (!reportable.get()) {
            return;
        }
        Messages m = messages.get();
        List<CheckResult> finished = List.copyOf(results);
        DiagnosticContext context = lastContext;
        threads.execute(() -> {
            String outcome;
            try {
                TicketReport report = TicketReport.of(context, finished, session.journal().read(), m);
                Files.writeString(file, ReportFormat.forFileName(file.getFileName().toString()).writer().write(report),
                        StandardCharsets.UTF_8);
                outcome = m.get("diagnostics.report.saved", file.toString());
            } catch (IOException | RuntimeException e) {
                outcome = m.get("diagnostics.report.failed", file.toString(), e.getClass().getSimpleName());
            }
            String text = outcome;
            uiThread.execute(() -> notice.set(text));
        });
    }

    public void cancel() {
        if (run != null) {
            run.cancel();
            run = null;
        }
        running.set(false);
    }

    /** Forgets the results, e.g. when they belong to a machine no longer shown. */
    public void clear() {
        cancel();
        reportable.set(false);
        results.clear();
        render();
    }

    /** Stops the check threads for good (the window closes). */
    public void shutdown() {
        cancel();
        threads.shutdownNow();
    }

    private void render() {
        Messages m = messages.get();
        // Same severity in check order, so rows do not jump around as results arrive.
        rows.setAll(results.stream().sorted(Comparator.comparing(DiagnosticsViewModel::severity)
                        .thenComparing(r -> r.check().ordinal()))
                .map(r -> new Row(m.of("diagnose.check", r.check()), m.of("diagnose.verdict", r.verdict()),
                        tone(r.verdict()), r.evidence().in(m), r.fix() == null ? "" : r.fix().text().in(m),
                        r.fix() == null || r.fix().target() == FixTarget.NONE ? ""
                                : m.of("diagnose.fixTarget", r.fix().target()),
                        r.fix() == null ? FixTarget.NONE : r.fix().target()))
                .toList());
        summary.set(results.isEmpty() ? "" : Summary.phrase(results).in(m));
    }

    /** Problems first, then warnings, then what could not be checked, then what is fine. */
    private static int severity(CheckResult result) {
        return switch (result.verdict()) {
            case PROBLEM -> 0;
            case WARNING -> 1;
            case COULD_NOT_CHECK -> 2;
            case OK -> 3;
        };
    }

    static StatusTone tone(Verdict verdict) {
        return switch (verdict) {
            case OK -> StatusTone.GOOD;
            case WARNING -> StatusTone.WARNING;
            case PROBLEM -> StatusTone.PROBLEM;
            case COULD_NOT_CHECK -> StatusTone.NEUTRAL;
        };
    }

    public ObservableList<Row> rows() { return rows; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty noticeProperty() { return notice; }
    public BooleanProperty reportableProperty() { return reportable; }
}
