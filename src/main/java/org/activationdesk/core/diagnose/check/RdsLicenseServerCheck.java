package org.activationdesk.core.diagnose.check;

import java.util.Optional;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.RdsLicenseServer;

/**
 * The RD license server role, when installed: until it is activated it issues only temporary licences, and
 * without CAL key packs it has nothing else to issue. Read separately from Windows licensing, so it can be
 * checked even when the licensing service cannot.
 */
public final class RdsLicenseServerCheck implements DiagnosticCheck {

    @Override
    public CheckId id() {
        return CheckId.RDS_LICENSE_SERVER;
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws InterruptedException {
        Optional<RdsLicenseServer> installed;
        try {
            installed = context.rdsLicenseServer();
        } catch (LicensingException e) {
            Hresult code = e.code();
            return CheckResult.of(id(), Verdict.COULD_NOT_CHECK,
                    Phrase.of("diagnose.rds.unreadable", code.toString(), context.codeTitle(code))).withCode(code);
        }
        if (installed.isEmpty()) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.rds.notInstalled"));
        }
        RdsLicenseServer server = installed.get();
        boolean noKeyPacks = server.keyPacks().isEmpty();
        Phrase noCals = noKeyPacks ? Phrase.of("diagnose.rds.noKeyPacks") : null;
        CheckResult result = switch (server.activationStatus()) {
            case NOT_ACTIVATED -> CheckResult.of(id(), Verdict.PROBLEM,
                            Phrase.sentences(Phrase.of("diagnose.rds.notActivated"), noCals))
                    .withFix(FixTarget.RDS_ACTIVATION, Phrase.of("diagnose.rds.fix.activate"));
            case UNKNOWN -> CheckResult.of(id(), Verdict.WARNING,
                            Phrase.sentences(Phrase.of("diagnose.rds.statusUnknown"), noCals))
                    .withFix(FixTarget.RDS_ACTIVATION, Phrase.of("diagnose.rds.fix.activate"));
            case ACTIVATED -> noKeyPacks
                    ? CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(Phrase.of("diagnose.rds.activated"), noCals))
                            .withFix(FixTarget.RDS_ACTIVATION, Phrase.of("diagnose.rds.fix.installCals"))
                    : CheckResult.of(id(), Verdict.OK, Phrase.sentences(Phrase.of("diagnose.rds.activated"),
                            Phrase.of("overview.rds.keyPacks", String.valueOf(server.keyPacks().size()),
                                    String.valueOf(server.availableLicenses()))));
        };
        return result.withFact(FactKey.RDS_ACTIVATION_STATUS, server.activationStatus())
                .withFact(FactKey.RDS_KEY_PACKS, server.keyPacks().size())
                .withFact(FactKey.RDS_AVAILABLE_LICENSES, server.availableLicenses());
    }
}
