package org.activationdesk.core.diagnose.check;

import java.util.Optional;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/** A check of the Windows product. Without a product there is nothing to look at; the status check reports that. */
abstract class ProductCheck implements DiagnosticCheck {

    @Override
    public final CheckResult run(DiagnosticContext context) throws LicensingException, InterruptedException {
        MachineSnapshot snapshot = context.snapshot();
        Optional<LicensingProduct> windows = snapshot.windowsProduct();
        if (windows.isEmpty()) {
            return withoutProduct(snapshot);
        }
        return check(snapshot, windows.get(), context);
    }

    abstract CheckResult check(MachineSnapshot snapshot, LicensingProduct product, DiagnosticContext context);

    CheckResult withoutProduct(MachineSnapshot snapshot) {
        return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.noProduct"));
    }
}
