package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Can Activation Desk make changes here? Installing keys, converting and online activation with Microsoft need
 * an administrator token; activating a KMS client against its host does not.
 */
public final class ElevationCheck implements DiagnosticCheck {

    @Override
    public CheckId id() {
        return CheckId.ELEVATION;
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws LicensingException, InterruptedException {
        MachineSnapshot snapshot = context.snapshot();
        boolean elevated = snapshot.machine().elevated();
        if (elevated) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.elevation.ok"))
                    .withFact(FactKey.ELEVATED, true);
        }
        boolean kmsClient = snapshot.windowsProduct().map(p -> p.channel() == Channel.KMS_CLIENT).orElse(false);
        return CheckResult.of(id(), Verdict.WARNING,
                        Phrase.of(kmsClient ? "diagnose.elevation.missingKms" : "diagnose.elevation.missing"))
                .withFix(FixTarget.RESTART_AS_ADMIN, Phrase.ofConstant("precondition", Precondition.ELEVATION))
                .withFact(FactKey.ELEVATED, false);
    }
}
