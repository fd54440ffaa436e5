package org.activationdesk.core.diagnose.check;

import java.util.List;
import java.util.function.Predicate;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.MachineSnapshot;

/** The checks a diagnosis runs, one per {@link CheckId}, in its order. */
public final class DiagnosticChecks {

    private DiagnosticChecks() {
    }

    public static List<DiagnosticCheck> standard() {
        Predicate<MachineSnapshot> kmsClient = s -> s.windowsProduct().map(p -> p.channel() == Channel.KMS_CLIENT)
                .orElse(false);
        return List.of(
                new LicensingReadCheck(),
                new LicenseStatusCheck(),
                new EvaluationExpiryCheck(),
                new GraceRemainingCheck(),
                new RearmCountCheck(),
                new ElevationCheck(),
                new KmsClientCheck(),
                new KmsHostCountCheck(),
                new RdsLicenseServerCheck(),
                new NotAvailableCheck(CheckId.LICENSING_SERVICE_STATE, Phrase.of("diagnose.byHand.serviceState")),
                new KmsDnsCheck(),
                new KmsPortCheck(),
                new NotAvailableCheck(CheckId.ONLINE_REACHABILITY, Phrase.of("diagnose.byHand.online"),
                        kmsClient.negate(), Phrase.of("diagnose.online.kmsClient")),
                new NotAvailableCheck(CheckId.SYSTEM_CLOCK, Phrase.of("diagnose.byHand.clock")),
                new NotAvailableCheck(CheckId.PENDING_REBOOT, Phrase.of("diagnose.byHand.reboot")));
    }
}
