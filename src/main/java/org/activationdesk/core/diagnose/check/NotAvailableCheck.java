package org.activationdesk.core.diagnose.check;

import java.util.Objects;
import java.util.function.Predicate;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * A check this version cannot carry out honestly: it needs the Windows bridge (service state, pending restart,
 * clock) or a probe of the internet path, neither of which exists yet. It says so, and how to check by hand, rather
 * than guess. In practice mode a probe would test the computer Activation Desk runs on, not the scenario's,
 * so there it says that instead.
 */
public final class NotAvailableCheck implements DiagnosticCheck {

    private final CheckId id;
    private final Phrase byHand;
    private final Predicate<MachineSnapshot> applies;
    private final Phrase whyNotApplicable;

    /** A check that applies to every machine. */
    public NotAvailableCheck(CheckId id, Phrase byHand) {
        this(id, byHand, null, null);
    }

    /**
     * A check that applies only to some machines (a KMS probe to KMS clients); on the others it is OK with
     * {@code whyNotApplicable}, which needs the snapshot.
     */
    public NotAvailableCheck(CheckId id, Phrase byHand, Predicate<MachineSnapshot> applies, Phrase whyNotApplicable) {
        this.id = Objects.requireNonNull(id, "id");
        this.byHand = Objects.requireNonNull(byHand, "byHand");
        this.applies = applies;
        this.whyNotApplicable = whyNotApplicable;
        if ((applies == null) != (whyNotApplicable == null)) {
            throw new IllegalArgumentException("a condition needs the sentence that says why it does not apply");
        }
    }

    @Override
    public CheckId id() {
        return id;
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws LicensingException, InterruptedException {
        if (applies != null && !applies.test(context.snapshot())) {
            return CheckResult.of(id, Verdict.OK, whyNotApplicable);
        }
        Phrase why = Phrase.of(context.isPractice() ? "diagnose.couldNot.practice" : "diagnose.couldNot.notAvailable");
        return CheckResult.of(id, Verdict.COULD_NOT_CHECK, why).withFix(FixTarget.NONE, byHand);
    }
}
