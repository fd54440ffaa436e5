package org.activationdesk.report;

import java.util.Comparator;
import java.util.List;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.Summary;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.LicensingProduct;

/** The words both writers use for one report, in its language. */
final class ReportTexts {

    private final TicketReport report;
    private final Messages m;

    ReportTexts(TicketReport report) {
        this.report = report;
        this.m = Messages.of(report.language());
    }

    Messages messages() {
        return m;
    }

    /** The code's one-line meaning as the report explains it, or null for no code or success. */
    String codeTitle(Hresult code) {
        if (code == null || code.value() == 0) {
            return null;
        }
        return report.decodedErrors().stream().filter(e -> e.code().equals(code)).map(CodeExplanation::title)
                .findFirst().orElse(null);
    }

    static String maskedKey(LicensingProduct product) {
        return product.partialKey() == null ? null : KeyMask.fromPartialKey(product.partialKey());
    }

    String timeLeft(LicensingProduct product) {
        return TimeLeft.of(product).in(m);
    }

    String summary() {
        return Summary.phrase(report.results()).in(m);
    }

    /** Problems first, then warnings, what could not be checked, and what is fine; check order within each. */
    List<CheckResult> mostUrgentFirst() {
        return report.results().stream().sorted(Comparator.comparingInt((CheckResult r) -> urgency(r.verdict()))
                .thenComparing(CheckResult::check)).toList();
    }

    private static int urgency(Verdict verdict) {
        return switch (verdict) {
            case PROBLEM -> 0;
            case WARNING -> 1;
            case COULD_NOT_CHECK -> 2;
            case OK -> 3;
        };
    }
}
