package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Does the licensing service answer? Its failure is a problem of the machine (a disabled service) or of how
 * Activation Desk runs (access denied), and every check about Windows depends on it.
 */
public final class LicensingReadCheck implements DiagnosticCheck {

    static final Hresult ACCESS_DENIED = new Hresult(0x80070005);

    @Override
    public CheckId id() {
        return CheckId.READ_LICENSING;
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws InterruptedException {
        MachineSnapshot snapshot;
        try {
            snapshot = context.snapshot();
        } catch (LicensingException e) {
            Hresult code = e.code();
            CheckResult failed = CheckResult.of(id(), Verdict.PROBLEM,
                    Phrase.of("diagnose.read.failed", code.toString(), context.codeTitle(code))).withCode(code);
            return ACCESS_DENIED.equals(code)
                    ? failed.withFix(FixTarget.RESTART_AS_ADMIN, Phrase.ofConstant("precondition", Precondition.ELEVATION))
                    : failed.withFix(FixTarget.NONE, context.codeFix(code));
        }
        int products = snapshot.products().size();
        return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.read.ok", snapshot.machine().computerName(),
                        String.valueOf(products)))
                .withFact(FactKey.COMPUTER_NAME, snapshot.machine().computerName())
                .withFact(FactKey.PRODUCT_COUNT, products);
    }
}
