package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * How many rearms are left, for information. A rearm only postpones activation and there are few of them, so
 * the texts say so and no check ever offers one as a fix.
 */
public final class RearmCountCheck extends ProductCheck {

    @Override
    public CheckId id() {
        return CheckId.REARM_COUNT;
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct product, DiagnosticContext context) {
        int left = product.remainingRearms();
        CheckResult result = left == 0
                ? CheckResult.of(id(), Verdict.WARNING, Phrase.of("diagnose.rearm.none"))
                        .withFix(FixTarget.NONE, Phrase.of("diagnose.rearm.fix"))
                : CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.rearm.left", String.valueOf(left)));
        return result.withFact(FactKey.REMAINING_REARMS, left);
    }
}
