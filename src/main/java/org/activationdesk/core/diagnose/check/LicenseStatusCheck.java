package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.Fix;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Is Windows activated, and if not, why: the status, its reason and the last failed attempt, each decoded.
 * Not activated is a warning while Windows simply waits in its grace period, and a problem once an attempt
 * has failed or no grace is left: then it will not get better by itself.
 */
public final class LicenseStatusCheck extends ProductCheck {

    @Override
    public CheckId id() {
        return CheckId.LICENSE_STATUS;
    }

    @Override
    CheckResult withoutProduct(MachineSnapshot snapshot) {
        return CheckResult.of(id(), Verdict.PROBLEM, Phrase.ofConstant("nextStep.detail", NextStep.ENTER_PRODUCT_KEY))
                .withFix(FixTarget.PRODUCT_KEY, Phrase.ofConstant("nextStep.howTo", NextStep.ENTER_PRODUCT_KEY));
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct product, DiagnosticContext context) {
        Hresult lastError = product.lastActivationError();
        boolean attemptFailed = lastError != null && lastError.isFailure();
        CheckResult result;
        if (product.isActivated()) {
            result = attemptFailed
                    ? CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(
                                    Phrase.of("diagnose.status.activated", product.name()),
                                    lastAttempt(lastError, context)))
                            .withCode(lastError).withFix(FixTarget.NONE, context.codeFix(lastError))
                    : CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.status.activated", product.name()));
        } else {
            Hresult reason = product.reason();
            boolean reasonIsNews = reason.value() != 0 && !reason.equals(lastError);
            Fix fix = Wording.advisedFix(snapshot);
            result = CheckResult.of(id(), stuck(product, attemptFailed) ? Verdict.PROBLEM : Verdict.WARNING,
                            Phrase.sentences(
                                    Phrase.of("diagnose.status.notActivated", product.name(),
                                            Phrase.ofConstant("licenseStatus", product.licenseStatus())),
                                    reasonIsNews ? Phrase.of("diagnose.status.reason", reason.toString(),
                                            context.codeTitle(reason)) : null,
                                    attemptFailed ? lastAttempt(lastError, context) : null))
                    .withCode(NextStepAdvisor.problemCode(product))
                    .withFix(fix.target(), fix.text());
        }
        return result.withFact(FactKey.PRODUCT, product.name())
                .withFact(FactKey.EDITION_ID, snapshot.machine().editionId())
                .withFact(FactKey.CHANNEL, product.channel())
                .withFact(FactKey.MASKED_KEY, product.partialKey() == null ? null
                        : KeyMask.fromPartialKey(product.partialKey()))
                .withFact(FactKey.LICENSE_STATUS, product.licenseStatus())
                .withFact(FactKey.REASON, product.reason())
                .withFact(FactKey.LAST_ACTIVATION_ERROR, lastError)
                .withFact(FactKey.GRACE_MINUTES, product.graceMinutes());
    }

    /** Not activated and not going to be without help: an attempt failed, or the grace is over or was never there. */
    private static boolean stuck(LicensingProduct product, boolean attemptFailed) {
        LicenseStatus status = product.licenseStatus();
        return attemptFailed || product.reason().isFailure() || !status.isGrace()
                || status == LicenseStatus.NON_GENUINE_GRACE || product.graceMinutes() == 0;
    }

    private static Phrase lastAttempt(Hresult lastError, DiagnosticContext context) {
        return Phrase.of("diagnose.status.lastAttempt", lastError.toString(), context.codeTitle(lastError));
    }
}
