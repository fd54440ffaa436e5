package org.activationdesk.core.diagnose.check;

import java.time.Duration;
import java.time.Instant;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * An evaluation edition (ServerStandardEval, Retail:TB:Eval) ends for good: the only way on is converting it to
 * the full edition, which a domain controller cannot do. A rearm only postpones the end a limited number of
 * times, so it is never offered here.
 */
public final class EvaluationExpiryCheck extends ProductCheck {

    /** Time enough to plan a conversion (and, on a domain controller, a new domain controller). */
    static final long WARN_DAYS = 30;

    @Override
    public CheckId id() {
        return CheckId.EVALUATION_EXPIRY;
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct product, DiagnosticContext context) {
        MachineInfo machine = snapshot.machine();
        if (!machine.isEvaluationEdition() && product.channel() != Channel.EVALUATION) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.evaluation.notEvaluation"))
                    .withFact(FactKey.EDITION_ID, machine.editionId())
                    .withFact(FactKey.CHANNEL, product.channel());
        }
        Instant now = context.now();
        Instant end = product.evaluationEnd();
        Long daysLeft = null; // unknown: no end date and no time left reported
        if (end != null) {
            daysLeft = Math.floorDiv(Duration.between(now, end).toSeconds(), 86_400L);
        } else if (product.graceMinutes() > 0) {
            daysLeft = product.graceMinutes() / TimeLeft.MINUTES_PER_DAY;
        }
        boolean domainController = machine.domainRole().isDomainController();
        boolean expired = NextStepAdvisor.EVALUATION_EXPIRED.equals(product.reason())
                || NextStepAdvisor.EVALUATION_EXPIRED.equals(product.lastActivationError())
                || (end != null && !end.isAfter(now));

        CheckResult result;
        if (expired) {
            result = CheckResult.of(id(), Verdict.PROBLEM, Phrase.sentences(
                            end == null ? Phrase.of("diagnose.evaluation.expired")
                                    : Phrase.of("diagnose.evaluation.expiredOn", Wording.date(end, context.clock())),
                            machine.domainRole().isServer() ? Phrase.of("diagnose.evaluation.shutsDown") : null,
                            domainController ? Phrase.of("diagnose.evaluation.domainController") : null))
                    .withCode(NextStepAdvisor.EVALUATION_EXPIRED)
                    .withFix(FixTarget.CONVERT_EVALUATION, convert(domainController));
        } else if (daysLeft == null) {
            result = CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.evaluation.noEnd"));
        } else if (daysLeft < WARN_DAYS) {
            result = CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(
                            Phrase.of("diagnose.evaluation.endsSoon", String.valueOf(daysLeft)),
                            domainController ? Phrase.of("diagnose.evaluation.domainController") : null))
                    .withFix(FixTarget.CONVERT_EVALUATION, convert(domainController));
        } else {
            result = CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.evaluation.running", String.valueOf(daysLeft)));
        }
        return result.withFact(FactKey.EDITION_ID, machine.editionId())
                .withFact(FactKey.CHANNEL, product.channel())
                .withFact(FactKey.EVALUATION_END, end)
                .withFact(FactKey.DAYS_LEFT, daysLeft)
                .withFact(FactKey.DOMAIN_ROLE, machine.domainRole())
                .withFact(FactKey.DOMAIN_CONTROLLER, domainController);
    }

    private static Phrase convert(boolean domainController) {
        return Phrase.of(domainController ? "diagnose.evaluation.fix.domainController" : "diagnose.evaluation.fix.convert");
    }
}
