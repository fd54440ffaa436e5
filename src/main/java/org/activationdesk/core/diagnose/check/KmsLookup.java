package org.activationdesk.core.diagnose.check;

import java.util.Optional;
import java.util.Random;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.SrvChoice;
import org.activationdesk.core.volume.SrvRecord;

/**
 * Where a KMS client looks for its host, as the DNS and port checks both need it: the host set by hand, else the
 * domain it searches. Only the organization's own host is ever named: the one set on the computer or published in
 * its DNS.
 */
final class KmsLookup {

    private KmsLookup() {
    }

    /** The KMS host a client would use, and how it came to be that one. */
    record Target(KmsEndpoint endpoint, Phrase source) {
    }

    /**
     * The host this client would use: the one set by hand, else the one DNS names first, else the one the client last
     * found itself. Never any other host.
     */
    static Optional<Target> target(MachineSnapshot snapshot, LicensingProduct client, DiagnosticContext context)
            throws BadAddressException, InterruptedException {
        Optional<KmsEndpoint> registered = registered(client);
        if (registered.isPresent()) {
            return Optional.of(new Target(registered.get(), Phrase.of("diagnose.kmsPort.source.registered")));
        }
        Optional<String> domain = lookupDomain(snapshot, client);
        if (domain.isPresent()) {
            DiscoveryResult found = context.kmsDiscovery(DnsDomain.parse(domain.get()));
            Optional<KmsEndpoint> first = clientChoice(found).map(KmsEndpoint::of);
            if (first.isPresent()) {
                return Optional.of(new Target(first.get(), Phrase.of("diagnose.kmsPort.source.dns")));
            }
        }
        return discoveredByClient(client).map(e -> new Target(e, Phrase.of("diagnose.kmsPort.source.discovered")));
    }

    /** The host set with slmgr /skms, at its port or 1688. */
    static Optional<KmsEndpoint> registered(LicensingProduct product) throws BadAddressException {
        KmsClientInfo kms = product.kmsClient();
        if (kms == null || kms.registeredHost() == null) {
            return Optional.empty();
        }
        return Optional.of(at(kms.registeredHost(), kms.registeredPort()));
    }

    /** The host the client itself last found in DNS, as the licensing service reports it. */
    static Optional<KmsEndpoint> discoveredByClient(LicensingProduct product) throws BadAddressException {
        KmsClientInfo kms = product.kmsClient();
        if (kms == null || kms.discoveredHost() == null) {
            return Optional.empty();
        }
        return Optional.of(at(kms.discoveredHost(), kms.discoveredPort()));
    }

    /** The domain set for the lookup (slmgr /skms-domain), else the computer's own; empty in a workgroup. */
    static Optional<String> lookupDomain(MachineSnapshot snapshot, LicensingProduct product) {
        KmsClientInfo kms = product.kmsClient();
        return Optional.ofNullable(kms != null && kms.lookupDomain() != null ? kms.lookupDomain()
                : snapshot.machine().domain());
    }

    /**
     * The record a client tries first. The draw is seeded by the answer itself, so the DNS and the port check of one
     * run name the same host, and a rerun with the same answer too.
     */
    static Optional<SrvRecord> clientChoice(DiscoveryResult result) {
        return SrvChoice.pick(result.records(), new Random(result.records().hashCode()));
    }

    private static KmsEndpoint at(String host, int port) throws BadAddressException {
        KmsEndpoint parsed = KmsEndpoint.parse(host);
        return new KmsEndpoint(parsed.host(), port == 0 ? KmsClientInfo.DEFAULT_PORT : port);
    }
}
