package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * A KMS client, from what the licensing service knows: where it looks for its host, and whether the last
 * attempt found one. It never suggests a host: only the organization's own, found in its DNS or typed by the
 * person who runs it. (Probing the host over DNS and TCP is the job of {@link CheckId#KMS_DNS} and
 * {@link CheckId#KMS_PORT}.)
 */
public final class KmsClientCheck extends ProductCheck {

    @Override
    public CheckId id() {
        return CheckId.KMS_CLIENT;
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct product, DiagnosticContext context) {
        if (product.channel() != Channel.KMS_CLIENT) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.kms.notClient"));
        }
        KmsClientInfo kms = product.kmsClient();
        String registered = kms == null || kms.registeredHost() == null ? null
                : Wording.hostAndPort(kms.registeredHost(), kms.registeredPort() == 0 ? KmsClientInfo.DEFAULT_PORT
                        : kms.registeredPort());
        String discovered = kms == null || kms.discoveredHost() == null ? null
                : Wording.hostAndPort(kms.discoveredHost(), kms.discoveredPort() == 0 ? KmsClientInfo.DEFAULT_PORT
                        : kms.discoveredPort());
        String lookupDomain = kms != null && kms.lookupDomain() != null ? kms.lookupDomain() : snapshot.machine().domain();
        Phrase where = registered != null ? Phrase.of("diagnose.kms.where.registered", registered)
                : discovered != null ? Phrase.of("diagnose.kms.where.discovered", discovered)
                : lookupDomain != null ? Phrase.of("diagnose.kms.where.dns", lookupDomain)
                : Phrase.of("diagnose.kms.where.noDomain");

        Hresult last = product.lastActivationError();
        boolean activated = product.isActivated();
        Verdict failed = activated ? Verdict.WARNING : Verdict.PROBLEM; // an activated client still has time to renew
        Phrase stillValid = activated ? Phrase.of("diagnose.kms.stillValid", TimeLeft.of(product.graceMinutes())) : null;
        CheckResult result;
        if (last != null && NextStepAdvisor.KMS_UNREACHABLE.contains(last)) {
            result = CheckResult.of(id(), failed, Phrase.sentences(
                            Phrase.of("diagnose.kms.unreachable", last.toString(), context.codeTitle(last)), where, stillValid))
                    .withCode(last)
                    .withFix(FixTarget.KMS_SETTINGS, Phrase.ofConstant("nextStep.detail", NextStep.FIX_KMS_DISCOVERY));
        } else if (NextStepAdvisor.KMS_COUNT_TOO_LOW.equals(last)) {
            result = CheckResult.of(id(), failed, Phrase.sentences(Phrase.of("diagnose.kms.countTooLow"), where, stillValid))
                    .withCode(last)
                    .withFix(FixTarget.forStep(NextStep.REVIEW_KMS_HOST_COUNT), Phrase.of("diagnose.kms.fix.threshold"));
        } else if (last != null && last.isFailure()) {
            // Not a matter of finding the host: the status check explains it; here it is only noted.
            result = CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(
                            Phrase.of("diagnose.kms.otherError", last.toString(), context.codeTitle(last)), where))
                    .withCode(last).withFix(FixTarget.NONE, context.codeFix(last));
        } else if (activated) {
            result = CheckResult.of(id(), Verdict.OK, Phrase.sentences(Phrase.of("diagnose.kms.activated"), where));
        } else {
            result = CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(Phrase.of("diagnose.kms.notYet"), where))
                    .withFix(FixTarget.ACTIVATE_ONLINE, Phrase.ofConstant("nextStep.detail", NextStep.ACTIVATE_ONLINE));
        }
        return result.withFact(FactKey.KMS_REGISTERED_HOST, registered)
                .withFact(FactKey.KMS_DISCOVERED_HOST, discovered)
                .withFact(FactKey.KMS_LOOKUP_DOMAIN, lookupDomain)
                .withFact(FactKey.LAST_ACTIVATION_ERROR, last);
    }
}
