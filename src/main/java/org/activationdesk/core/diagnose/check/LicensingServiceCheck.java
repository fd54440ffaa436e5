package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.ServiceReading;

/**
 * The Software Protection service (sppsvc). Stopped is normal (Windows starts it on demand); disabled is not: every
 * licensing call then fails with 0x80070422. Activation Desk never starts or reconfigures the service itself.
 */
public final class LicensingServiceCheck extends HealthCheck {

    /** HRESULT_FROM_WIN32(ERROR_SERVICE_DISABLED) */
    static final Hresult SERVICE_DISABLED = new Hresult(0x80070422);

    @Override
    public CheckId id() {
        return CheckId.LICENSING_SERVICE_STATE;
    }

    @Override
    Phrase byHand() {
        return Phrase.of("diagnose.byHand.serviceState");
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws InterruptedException {
        ServiceReading service = context.health().licensingService(READ_TIMEOUT);
        if (service.unknown().isPresent()) {
            return couldNotCheck(context, couldNot(service.unknown().get()));
        }
        Phrase practice = practice(context);
        if (service.state() == ServiceReading.State.NOT_INSTALLED) {
            return CheckResult.of(id(), Verdict.PROBLEM,
                            Phrase.sentences(practice, Phrase.of("diagnose.service.notInstalled")))
                    .withFix(FixTarget.NONE, Phrase.of("diagnose.service.fix.notInstalled"))
                    .withFact(FactKey.SERVICE_STATE, scriptName(service.state()));
        }
        Phrase state = Phrase.of("diagnose.service.state", Phrase.ofConstant("health.serviceState", service.state()),
                Phrase.ofConstant("health.startMode", service.startMode()));
        CheckResult result;
        if (service.disabled()) {
            result = CheckResult.of(id(), Verdict.PROBLEM,
                            Phrase.sentences(practice, state, Phrase.of("diagnose.service.disabled")))
                    .withCode(SERVICE_DISABLED)
                    .withFix(FixTarget.NONE, Phrase.of("diagnose.service.fix.disabled"));
        } else {
            result = switch (service.state()) {
                case RUNNING -> CheckResult.of(id(), Verdict.OK, Phrase.sentences(practice, state));
                case STOPPED -> CheckResult.of(id(), Verdict.OK,
                        Phrase.sentences(practice, state, Phrase.of("diagnose.service.stoppedIsNormal")));
                default -> CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(practice, state))
                        .withFix(FixTarget.NONE, Phrase.of("diagnose.service.fix.wait"));
            };
        }
        return result.withFact(FactKey.SERVICE_STATE, scriptName(service.state()))
                .withFact(FactKey.SERVICE_START_MODE, scriptName(service.startMode()));
    }
}
