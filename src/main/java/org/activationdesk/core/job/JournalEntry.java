package org.activationdesk.core.job;

import java.time.Instant;
import java.util.Objects;
import org.activationdesk.core.errors.Hresult;

/**
 * One line of the action journal.
 *
 * @param maskedKey the key involved, masked, or "-" when the action involved none
 * @param detail    what else a support history needs, e.g. the Installation and Confirmation IDs of a phone
 *                  activation or the KMS host set; "-" when nothing. Never a product key.
 */
public record JournalEntry(Instant time, String machine, String action, String maskedKey, Hresult outcome,
                           String detail) {

    public JournalEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(outcome, "outcome");
        machine = clean(machine);
        action = clean(action);
        maskedKey = clean(maskedKey);
        detail = clean(detail);
    }

    public JournalEntry(Instant time, String machine, String action, String maskedKey, Hresult outcome) {
        this(time, machine, action, maskedKey, outcome, null);
    }

    /** Tabs and line breaks would tear the line format apart; they never belong in these fields. */
    private static String clean(String field) {
        return field == null || field.isBlank() ? "-" : field.replaceAll("[\\t\\r\\n]", " ");
    }

    String toLine() {
        return String.join("\t", time.toString(), machine, action, maskedKey, outcome.toString(), detail);
    }

    static JournalEntry fromLine(String line) {
        String[] fields = line.split("\t", -1);
        // Journals written before the detail column have five fields; they stay readable.
        if (fields.length != 5 && fields.length != 6) {
            throw new IllegalArgumentException("a journal line has 5 or 6 fields, this one " + fields.length);
        }
        return new JournalEntry(Instant.parse(fields[0]), fields[1], fields[2], fields[3],
                Hresult.parseCanonical(fields[4]), fields.length == 6 ? fields[5] : null);
    }
}
