package org.activationdesk.core.diagnose.check;

import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.BadAddressException;

/**
 * A check of a KMS client over the network. Any other computer is OK as "not a KMS client" and nothing is sent; in
 * practice mode every sentence is preceded by one that says the scenario's network answered.
 */
abstract class KmsClientNetworkCheck implements DiagnosticCheck {

    @Override
    public final CheckResult run(DiagnosticContext context) throws LicensingException, InterruptedException {
        MachineSnapshot snapshot = context.snapshot();
        LicensingProduct client = snapshot.windowsProduct().filter(p -> p.channel() == Channel.KMS_CLIENT).orElse(null);
        if (client == null) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.kms.notClient"));
        }
        Phrase practice = context.network().isPractice() ? Phrase.of("diagnose.kmsNet.practice") : null;
        try {
            return check(snapshot, client, context, practice);
        } catch (BadAddressException e) {
            // A host or domain the licensing service holds that is no name at all: say so, and how to look by hand.
            return CheckResult.of(id(), Verdict.COULD_NOT_CHECK, Phrase.sentences(practice, e::describe))
                    .withFix(FixTarget.NONE, byHand());
        }
    }

    /**
     * @param practice the practice sentence to put first, or null on the real network
     */
    abstract CheckResult check(MachineSnapshot snapshot, LicensingProduct client, DiagnosticContext context,
                               Phrase practice) throws BadAddressException, InterruptedException;

    /** How to check the same by hand. */
    abstract Phrase byHand();
}
