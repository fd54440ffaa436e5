package org.activationdesk.core.volume;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;

/**
 * The answer to one {@code _vlmcs._tcp.<domain>} SRV lookup.
 *
 * @param server  the DNS server that was asked; empty for the computer's own
 * @param records every SRV record in the answer, as the server gave them; empty unless {@link DiscoveryOutcome#FOUND}
 * @param detail  technical detail (an rcode, why an answer could not be read), the same in every language; may be empty
 */
public record DiscoveryResult(DnsDomain domain, Optional<DnsServer> server, DiscoveryOutcome outcome,
                              List<SrvRecord> records, Duration elapsed, String detail) {

    /** DNS_ERROR_RCODE_NAME_ERROR as an HRESULT: what a KMS client reports when it finds no SRV record. */
    public static final Hresult NO_SRV_RECORD = new Hresult(0x8007232B);

    public DiscoveryResult {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(detail, "detail");
        records = List.copyOf(records);
        if ((outcome == DiscoveryOutcome.FOUND) != records.stream().anyMatch(r -> !r.isNoService())) {
            throw new IllegalArgumentException(outcome + " does not match " + records.size() + " records");
        }
    }

    /** Sorts the answer: records that name a host are found; an answer of only "." records is no record. */
    public static DiscoveryResult answered(DnsDomain domain, Optional<DnsServer> server, List<SrvRecord> records,
                                           Duration elapsed) {
        boolean any = records.stream().anyMatch(r -> !r.isNoService());
        return new DiscoveryResult(domain, server, any ? DiscoveryOutcome.FOUND : DiscoveryOutcome.NO_RECORDS,
                any ? records : List.of(), elapsed, any || records.isEmpty() ? "" : "target .");
    }

    public static DiscoveryResult failed(DnsDomain domain, Optional<DnsServer> server, DiscoveryOutcome outcome,
                                         Duration elapsed, String detail) {
        if (outcome == DiscoveryOutcome.FOUND) {
            throw new IllegalArgumentException("a failure cannot be found");
        }
        return new DiscoveryResult(domain, server, outcome, List.of(), elapsed, detail);
    }

    public boolean found() {
        return outcome == DiscoveryOutcome.FOUND;
    }

    /** The record a KMS client would try first (RFC 2782), or empty. */
    public Optional<SrvRecord> clientChoice(Random random) {
        return SrvChoice.pick(records, random);
    }

    /** The code a KMS client reports for this answer: 0x8007232B when DNS says there is no record. */
    public Optional<Hresult> clientCode() {
        return outcome == DiscoveryOutcome.NO_SUCH_NAME || outcome == DiscoveryOutcome.NO_RECORDS
                ? Optional.of(NO_SRV_RECORD) : Optional.empty();
    }

    /** What the answer means, in a sentence. */
    public Phrase explanation() {
        String name = domain.srvName();
        return switch (outcome) {
            case FOUND -> Phrase.of("volume.discover.found", name, records.size()); // a number, for the plural
            case NO_SUCH_NAME -> Phrase.of("volume.discover.noSuchName", name);
            case NO_RECORDS -> Phrase.of("volume.discover.noRecords", name);
            case TIMEOUT -> Phrase.of("volume.discover.timeout", name, String.valueOf(elapsed.toMillis()));
            case FAILED -> Phrase.of("volume.discover.failed", name, detail);
        };
    }

    /** What to do about it; empty when records were found. */
    public Optional<Phrase> fix() {
        return switch (outcome) {
            case FOUND -> Optional.empty();
            case NO_SUCH_NAME, NO_RECORDS -> Optional.of(Phrase.of("volume.discover.fix.noRecord", domain.name()));
            case TIMEOUT, FAILED -> Optional.of(Phrase.of("volume.discover.fix.dns"));
        };
    }
}
