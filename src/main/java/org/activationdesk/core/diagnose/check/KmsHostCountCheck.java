package org.activationdesk.core.diagnose.check;

import java.util.Optional;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;

/**
 * A KMS host activates anyone only once it has counted enough distinct computers (5 for servers, 25 for client
 * Windows). Below that its clients get 0xC004F038. The count rises only with real computers; an organization
 * that will never reach it needs MAK or Active Directory-based activation instead.
 *
 * <p>Below 5 nothing is activated: a problem. From 5 to 24 servers and volume Office are, client Windows is not;
 * whether that matters depends on the clients, which the host cannot see: a warning.
 */
public final class KmsHostCountCheck implements DiagnosticCheck {

    @Override
    public CheckId id() {
        return CheckId.KMS_HOST_COUNT;
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws LicensingException, InterruptedException {
        Optional<LicensingProduct> hostProduct = context.snapshot().products().stream()
                .filter(p -> p.kmsHost() != null).findFirst();
        if (hostProduct.isEmpty()) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.kmsHost.notHost"));
        }
        KmsHostInfo host = hostProduct.get().kmsHost();
        String count = String.valueOf(host.currentCount());
        CheckResult result;
        if (!host.activatesServers()) {
            result = belowThreshold(Verdict.PROBLEM, Phrase.of("diagnose.kmsHost.belowServers", count));
        } else if (!host.activatesClients()) {
            result = belowThreshold(Verdict.WARNING, Phrase.of("diagnose.kmsHost.belowClients", count));
        } else {
            result = CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.kmsHost.ok", count));
        }
        return result.withFact(FactKey.KMS_CURRENT_COUNT, host.currentCount())
                .withFact(FactKey.KMS_REQUIRED_COUNT, host.requiredClientCount());
    }

    private CheckResult belowThreshold(Verdict verdict, Phrase evidence) {
        return CheckResult.of(id(), verdict, evidence)
                .withCode(NextStepAdvisor.KMS_COUNT_TOO_LOW)
                .withFix(FixTarget.forStep(NextStep.REVIEW_KMS_HOST_COUNT), Phrase.of("diagnose.kms.fix.threshold"));
    }
}
