package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.Fix;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * How long until the next state change: the grace period of a Windows not activated yet, or the validity of
 * an activation that must be renewed (KMS, evaluation). The fix is always to activate; the grace is never
 * stretched.
 */
public final class GraceRemainingCheck extends ProductCheck {

    static final long WARN_MINUTES = 7 * TimeLeft.MINUTES_PER_DAY;

    @Override
    public CheckId id() {
        return CheckId.GRACE_REMAINING;
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct product, DiagnosticContext context) {
        long minutes = product.graceMinutes();
        CheckResult result;
        if (product.isActivated()) {
            if (minutes == 0) {
                result = CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.grace.unlimited"));
            } else if (minutes < WARN_MINUTES) {
                Fix renew = renewal(snapshot, product);
                result = CheckResult.of(id(), Verdict.WARNING, Phrase.of("diagnose.grace.validitySoon",
                        TimeLeft.of(minutes))).withFix(renew.target(), renew.text());
            } else {
                result = CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.grace.validFor", TimeLeft.of(minutes)));
            }
        } else if (!product.licenseStatus().isGrace() || minutes == 0) {
            Fix fix = Wording.advisedFix(snapshot);
            result = CheckResult.of(id(), Verdict.PROBLEM, Phrase.of("diagnose.grace.none",
                            Phrase.ofConstant("licenseStatus", product.licenseStatus())))
                    .withFix(fix.target(), fix.text());
        } else if (minutes < WARN_MINUTES) {
            Fix fix = Wording.advisedFix(snapshot);
            result = CheckResult.of(id(), Verdict.WARNING, Phrase.of("diagnose.grace.endsSoon", TimeLeft.of(minutes)))
                    .withFix(fix.target(), fix.text());
        } else {
            result = CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.grace.left", TimeLeft.of(minutes)));
        }
        return result.withFact(FactKey.LICENSE_STATUS, product.licenseStatus())
                .withFact(FactKey.GRACE_MINUTES, minutes);
    }

    /** An activation that runs out: a KMS client renews with its host, an evaluation is converted, others activate again. */
    private static Fix renewal(MachineSnapshot snapshot, LicensingProduct product) {
        NextStep step;
        if (product.channel() == Channel.KMS_CLIENT) {
            step = NextStep.FIX_KMS_DISCOVERY;
        } else if (product.channel() == Channel.EVALUATION || snapshot.machine().isEvaluationEdition()) {
            step = NextStep.CONVERT_EVALUATION;
        } else {
            step = NextStep.ACTIVATE_ONLINE;
        }
        return new Fix(FixTarget.forStep(step), Phrase.ofConstant("nextStep.detail", step));
    }
}
