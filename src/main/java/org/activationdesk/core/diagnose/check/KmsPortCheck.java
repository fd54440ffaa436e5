package org.activationdesk.core.diagnose.check;

import java.time.Duration;
import java.util.Optional;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.ProbeStep;

/**
 * Probes the KMS host this client would use: the one set by hand, else the one DNS names first, else the one the
 * client last found itself. One RPC bind, nothing activated. Never any other host: with none of these, it says so.
 */
public final class KmsPortCheck extends KmsClientNetworkCheck {

    /** phone-rds-kms.md §5.6: 3 s for the connect and 5 s for the bind reply, plus the name lookup. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    @Override
    public CheckId id() {
        return CheckId.KMS_PORT;
    }

    @Override
    Phrase byHand() {
        return Phrase.of("diagnose.byHand.kmsPort");
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct client, DiagnosticContext context, Phrase practice)
            throws BadAddressException, InterruptedException {
        Optional<KmsLookup.Target> target = KmsLookup.target(snapshot, client, context);
        if (target.isEmpty()) {
            return CheckResult.of(id(), Verdict.COULD_NOT_CHECK,
                            Phrase.sentences(practice, Phrase.of("diagnose.kmsPort.noHost")))
                    .withFix(FixTarget.KMS_SETTINGS, Phrase.of("diagnose.kmsPort.fix.noHost"));
        }
        ProbeResult probe = context.network().probe(target.get().endpoint(), PROBE_TIMEOUT);
        ProbeStep last = probe.steps().get(probe.steps().size() - 1);
        Phrase tested = Phrase.of("diagnose.kmsPort.tested", target.get().endpoint().toString(), target.get().source());
        CheckResult result;
        if (probe.isKms()) {
            result = CheckResult.of(id(), Verdict.OK, Phrase.sentences(practice, tested, probe.summary()));
        } else {
            // An activated client still has time to renew; one that is not activated fails now.
            Verdict verdict = client.isActivated() ? Verdict.WARNING : Verdict.PROBLEM;
            result = CheckResult.of(id(), verdict, Phrase.sentences(practice, tested, last.evidence()))
                    .withCode(probe.clientCode().orElseThrow())
                    .withFix(FixTarget.KMS_SETTINGS, probe.summary());
        }
        return result.withFact(FactKey.KMS_PROBED_HOST, target.get().endpoint().toString())
                .withFact(FactKey.KMS_PROBE_STATE, probe.state().jsonName());
    }
}
