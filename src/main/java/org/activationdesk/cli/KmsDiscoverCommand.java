package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kms-discover DOMAIN}: the {@code _vlmcs._tcp} SRV lookup a KMS client makes, every record with priority and
 * weight, and the one a client tries first. Exit 0 when at least one record names a host, 1 otherwise (none, or
 * no usable answer), 2 bad input.
 */
@Command(name = "kms-discover", description = "Look up the KMS hosts published in DNS (_vlmcs._tcp.DOMAIN): every "
        + "record with priority and weight, and the one a KMS client tries first.")
final class KmsDiscoverCommand implements Callable<Integer> {

    static final int DEFAULT_TIMEOUT_MS = 5_000;

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DOMAIN", description = "The DNS domain, such as corp.example.")
    private String domain;

    @Option(names = "--dns-server", paramLabel = "HOST[:PORT]",
            description = "Ask this DNS server instead of this computer's own.")
    private String dnsServer;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "" + DEFAULT_TIMEOUT_MS,
            description = "Give up after this many milliseconds (default: ${DEFAULT-VALUE}).")
    private int timeoutMs;

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DnsDomain parsedDomain;
        Optional<DnsServer> server;
        try {
            parsedDomain = DnsDomain.parse(domain);
            server = dnsServer == null ? Optional.empty() : Optional.of(DnsServer.parse(dnsServer));
        } catch (BadAddressException e) {
            err.println(e.describe(m));
            return DeskCli.EXIT_BAD_INPUT;
        }
        Optional<Duration> timeout = KmsArguments.timeout(timeoutMs, err, m);
        Optional<Machines.NetworkAccess> access = timeout.isEmpty() ? Optional.empty() : root.openNetwork(err, m);
        if (access.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        DiscoveryResult result;
        try {
            result = access.get().network().discover(parsedDomain, server, timeout.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeskCli.EXIT_ENVIRONMENT;
        }
        // A client draws at random among records of equal priority; so does this report, as a client would.
        KmsDiscoverReport report = KmsDiscoverReport.of(access.get(), result, new Random(), m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            KmsArguments.printPractice(access.get(), m, out);
            printText(report, m, out);
        }
        out.flush();
        return result.found() ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
    }

    private static void printText(KmsDiscoverReport report, Messages m, PrintWriter out) {
        out.println(m.get("cli.kmsDiscover.query") + ": " + report.query());
        String server = "practice".equals(report.mode()) ? m.get("cli.kmsDiscover.server.practice")
                : report.dnsServer() == null ? m.get("cli.kmsDiscover.server.system") : report.dnsServer();
        out.println(m.get("cli.kmsDiscover.server") + ": " + server);
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
