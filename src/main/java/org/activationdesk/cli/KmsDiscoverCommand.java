package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kms-discover DOMAIN}: the {@code _vlmcs._tcp} SRV lookup a KMS client makes, every record with priority and
 * weight, and the one a client tries first. Exit 0 when at least one record names a host, 1 otherwise (none, or
 * no usable answer), 2 bad input.
 */
@Command(name = "kms-discover", description = "Look up the KMS hosts published in DNS (_vlmcs._tcp.DOMAIN): every "
        + "record with priority and weight, and the one a KMS client tries first.")
final class KmsDiscoverCommand extends KmsNetworkCommand<DiscoveryResult, KmsDiscoverReport> {

    static final int DEFAULT_TIMEOUT_MS = 5_000;

    @Parameters(paramLabel = "DOMAIN", description = "The DNS domain, such as corp.example.")
    private String domain;

    @Option(names = "--dns-server", paramLabel = "HOST[:PORT]",
            description = "Ask this DNS server instead of this computer's own.")
    private String dnsServer;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "" + DEFAULT_TIMEOUT_MS,
            description = "Give up after this many milliseconds (default: ${DEFAULT-VALUE}).")
    private int timeoutMs;

    private DnsDomain parsedDomain;
    private Optional<DnsServer> server;

    @Override
    void readInput() throws BadAddressException {
        parsedDomain = DnsDomain.parse(domain);
        server = dnsServer == null ? Optional.empty() : Optional.of(DnsServer.parse(dnsServer));
    }

    @Override
    int timeoutMillis() {
        return timeoutMs;
    }

    @Override
    DiscoveryResult ask(KmsNetwork network, Duration timeout) throws InterruptedException {
        return network.discover(parsedDomain, server, timeout);
    }

    @Override
    KmsDiscoverReport report(Machines.NetworkAccess access, DiscoveryResult answer, Messages m) {
        // A client draws at random among records of equal priority; so does this report, as a client would.
        return KmsDiscoverReport.of(access, answer, new Random(), m);
    }

    @Override
    boolean found(DiscoveryResult answer) {
        return answer.found();
    }

    @Override
    void printText(KmsDiscoverReport report, Machines.NetworkAccess access, Messages m, PrintWriter out) {
        out.println(m.get("cli.kmsDiscover.query") + ": " + report.query());
        String asked = access.scenario().isPresent() ? m.get("cli.kmsDiscover.server.practice")
                : report.dnsServer() == null ? m.get("cli.kmsDiscover.server.system") : report.dnsServer();
        out.println(m.get("cli.kmsDiscover.server") + ": " + asked);
        out.println();
        out.println(report.message());
        for (KmsDiscoverReport.Record r : report.records()) {
            out.println("  " + m.get("cli.kmsDiscover.record", r.endpoint() == null ? r.target() : r.endpoint(),
                    String.valueOf(r.priority()), String.valueOf(r.weight()), String.valueOf(r.ttl())));
        }
        if (report.pick() != null) {
            out.println(m.get("cli.kmsDiscover.pick", report.pick().endpoint()));
        }
        if (report.fix() != null) {
            out.println();
            out.println(m.get("cli.diagnose.fix", report.fix()));
        }
    }
}
