package org.activationdesk.core.diagnose;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeScenario;

/**
 * Everything a helpdesk ticket needs about one machine, in one language: the machine and its products as read,
 * what every check found, each code met explained, and what Activation Desk did here. Keys appear only as the
 * licensing service's last five characters; writers mask them.
 *
 * @param snapshot      the machine as read for the diagnosis; empty when the licensing service could not be read
 * @param decodedErrors every code in the results, the products and the journal, explained once each
 * @param journal       this machine's most recent journal lines, oldest first
 * @param journalOmitted how many older lines of this machine were left out
 */
public record TicketReport(Language language, Instant createdAt, Optional<PracticeScenario> practice,
                           Optional<MachineSnapshot> snapshot, List<CheckResult> results,
                           List<CodeExplanation> decodedErrors, List<JournalEntry> journal, int journalOmitted) {

    /** A ticket is read by people: the last lines tell the story, a long history buries it. */
    public static final int JOURNAL_LINES = 50;

    public TicketReport {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(snapshot, "snapshot");
        results = List.copyOf(results);
        decodedErrors = List.copyOf(decodedErrors);
        journal = List.copyOf(journal);
    }

    /**
     * Builds the ticket after a run.
     *
     * @param journal the whole action journal; only this machine's lines are kept (practice scenarios share one
     *                journal, a real machine has its own anyway)
     */
    public static TicketReport of(DiagnosticContext context, List<CheckResult> results, List<JournalEntry> journal,
                                  Messages m) {
        Optional<MachineSnapshot> snapshot = context.snapshotIfRead();
        List<JournalEntry> mine = snapshot.map(s -> s.machine().computerName())
                .map(name -> journal.stream().filter(e -> e.machine().equalsIgnoreCase(name)).toList())
                .orElse(journal);
        int omitted = Math.max(0, mine.size() - JOURNAL_LINES);
        List<JournalEntry> recent = mine.subList(omitted, mine.size());

        Set<Hresult> codes = new LinkedHashSet<>();
        results.forEach(r -> codes.add(r.code()));
        snapshot.ifPresent(s -> s.products().forEach(p -> codes.addAll(productCodes(p))));
        recent.forEach(e -> codes.add(e.outcome()));
        List<CodeExplanation> decoded = codes.stream().filter(c -> c != null && c.value() != 0)
                .map(c -> context.explainer().explain(c, m)).toList();

        return new TicketReport(m.language(), context.now(), context.practiceScenario(), snapshot, results, decoded,
                recent, omitted);
    }

    private static List<Hresult> productCodes(LicensingProduct product) {
        return Stream.of(product.reason(), product.lastActivationError()).filter(Objects::nonNull).toList();
    }

    public long count(Verdict verdict) {
        return Summary.count(results, verdict);
    }
}
