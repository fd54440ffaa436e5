package org.activationdesk.core.diagnose.check;

import java.util.List;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.DiagnosticCheck;

/** The checks a diagnosis runs, one per {@link CheckId}, in its order. */
public final class DiagnosticChecks {

    private DiagnosticChecks() {
    }

    public static List<DiagnosticCheck> standard() {
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
                new LicensingServiceCheck(),
                new KmsDnsCheck(),
                new KmsPortCheck(),
                new OnlineReachabilityCheck(),
                new SystemClockCheck(),
                new PendingRestartCheck());
    }
}
