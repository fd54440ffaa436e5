package org.activationdesk.core.diagnose.check;

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
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.SrvRecord;

/**
 * The {@code _vlmcs._tcp} SRV lookup a KMS client makes, made the same way: records found, none (0x8007232B), or
 * no usable answer from DNS. A client with a host set by hand does not look in DNS, and neither does this check.
 */
public final class KmsDnsCheck extends KmsClientNetworkCheck {

    @Override
    public CheckId id() {
        return CheckId.KMS_DNS;
    }

    @Override
    Phrase byHand() {
        return Phrase.of("diagnose.byHand.kmsDns");
    }

    @Override
    CheckResult check(MachineSnapshot snapshot, LicensingProduct client, DiagnosticContext context, Phrase practice)
            throws BadAddressException, InterruptedException {
        Optional<KmsEndpoint> registered = KmsLookup.registered(client);
        if (registered.isPresent()) {
            return CheckResult.of(id(), Verdict.OK, Phrase.sentences(practice,
                            Phrase.of("diagnose.kmsDns.registered", registered.get().toString())))
                    .withFact(FactKey.KMS_REGISTERED_HOST, registered.get().toString());
        }
        Optional<String> lookupDomain = KmsLookup.lookupDomain(snapshot, client);
        if (lookupDomain.isEmpty()) {
            return CheckResult.of(id(), Verdict.PROBLEM, Phrase.sentences(practice, Phrase.of("diagnose.kmsDns.noDomain")))
                    .withFix(FixTarget.KMS_SETTINGS, Phrase.of("diagnose.kmsDns.fix.noDomain"));
        }
        DnsDomain domain = DnsDomain.parse(lookupDomain.get());
        return result(context.kmsDiscovery(domain), practice).withFact(FactKey.KMS_LOOKUP_DOMAIN, domain.name());
    }

    private CheckResult result(DiscoveryResult found, Phrase practice) {
        Phrase explanation = Phrase.sentences(practice, found.explanation());
        if (found.found()) {
            Optional<SrvRecord> choice = KmsLookup.clientChoice(found);
            String first = choice.map(r -> KmsEndpoint.of(r).toString()).orElse(null);
            return CheckResult.of(id(), Verdict.OK, first == null ? explanation
                            : Phrase.sentences(explanation, Phrase.of("diagnose.kmsDns.choice", first)))
                    .withFact(FactKey.KMS_SRV_RECORDS, found.records().size())
                    .withFact(FactKey.KMS_SRV_CHOICE, first);
        }
        if (found.clientCode().isPresent()) {
            return CheckResult.of(id(), Verdict.PROBLEM, explanation).withCode(found.clientCode().get())
                    .withFix(FixTarget.KMS_SETTINGS, found.fix().orElseThrow()).withFact(FactKey.KMS_SRV_RECORDS, 0);
        }
        // DNS gave no usable answer: how to ask it by hand says more than "try again".
        return CheckResult.of(id(), Verdict.COULD_NOT_CHECK, explanation).withFix(FixTarget.NONE, byHand());
    }
}
