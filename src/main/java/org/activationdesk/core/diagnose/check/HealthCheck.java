package org.activationdesk.core.diagnose.check;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.UnknownFact;

/**
 * A check of the computer around the licensing service, read through the {@link
 * org.activationdesk.core.port.SystemHealth} port. In practice mode every answer starts with a sentence that says the
 * scenario gave it; a fact that could not be read is "could not check", with why and how to look by hand.
 */
abstract class HealthCheck implements DiagnosticCheck {

    /** A local read (the service manager, the registry) that has not answered in this time will not. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** How to check the same by hand. */
    abstract Phrase byHand();

    /** The sentence a practice answer starts with, or null on this computer. */
    static Phrase practice(DiagnosticContext context) {
        return context.health().isPractice() ? Phrase.of("diagnose.health.practice") : null;
    }

    /** Why a fact is unknown, as a clause ("access was denied (0x80041003)") to go inside a sentence. */
    static Phrase why(UnknownFact unknown) {
        Phrase reason = Phrase.ofConstant("health.why", unknown.reason());
        return unknown.detail().isEmpty() ? reason : Phrase.of("health.unknownDetail", reason, unknown.detail());
    }

    /** "Could not check: " and why, as a sentence. */
    static Phrase couldNot(UnknownFact unknown) {
        return Phrase.of("health.couldNot", why(unknown));
    }

    /** "Could not check", saying why, with how to look by hand as the fix. */
    CheckResult couldNotCheck(DiagnosticContext context, Phrase... why) {
        Phrase[] parts = new Phrase[why.length + 1];
        parts[0] = practice(context);
        System.arraycopy(why, 0, parts, 1, why.length);
        return CheckResult.of(id(), Verdict.COULD_NOT_CHECK, Phrase.sentences(parts)).withFix(FixTarget.NONE, byHand());
    }

    /**
     * The Windows product when the licensing service can be read; empty when it has none or cannot be read, since
     * these checks are about the computer and go on without it.
     */
    static Optional<LicensingProduct> windowsProduct(DiagnosticContext context) throws InterruptedException {
        try {
            return context.snapshot().windowsProduct();
        } catch (LicensingException unreadable) {
            return Optional.empty(); // the licensing check reports that; the computer can still be looked at
        }
    }

    /** An enum constant as scripts read it: {@code START_PENDING} becomes {@code start-pending}. */
    static String scriptName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
