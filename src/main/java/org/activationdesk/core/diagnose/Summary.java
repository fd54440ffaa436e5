package org.activationdesk.core.diagnose;

import java.util.List;
import org.activationdesk.core.i18n.Phrase;

/** The counts of a diagnosis, as screens, the command line and reports state them. */
public final class Summary {

    private Summary() {
    }

    public static long count(List<CheckResult> results, Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** "Problems: 2, warnings: 1, OK: 6, could not check: 6." */
    public static Phrase phrase(List<CheckResult> results) {
        return Phrase.of("diagnose.summary", counted(results, Verdict.PROBLEM), counted(results, Verdict.WARNING),
                counted(results, Verdict.OK), counted(results, Verdict.COULD_NOT_CHECK));
    }

    private static String counted(List<CheckResult> results, Verdict verdict) {
        return String.valueOf(count(results, verdict)); // as text: MessageFormat would group large numbers
    }
}
