package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kms-probe HOST[:PORT]}: resolve, TCP connect and one RPC bind for the KMS interface, each step with its
 * verdict and time. Sends nothing after the bind and never activates. Exit 0 when a KMS service answered, 1 for any
 * other state, 2 bad input.
 */
@Command(name = "kms-probe", description = "Test a KMS host step by step: name, TCP port (default 1688) and an RPC "
        + "bind for the KMS interface. Activates nothing.")
final class KmsProbeCommand extends KmsNetworkCommand<ProbeResult, KmsProbeReport> {

    /** phone-rds-kms.md §5.6: 3 s to connect and 5 s for the bind reply. */
    static final int DEFAULT_TIMEOUT_MS = 8_000;

    @Parameters(paramLabel = "HOST[:PORT]", description = "The KMS host: kms01.corp.example, kms01:1688, [2001:db8::1]:1688.")
    private String host;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "" + DEFAULT_TIMEOUT_MS,
            description = "Time for the whole probe in milliseconds (default: ${DEFAULT-VALUE}).")
    private int timeoutMs;

    private KmsEndpoint endpoint;

    @Override
    void readInput() throws BadAddressException {
        endpoint = KmsEndpoint.parse(host);
    }

    @Override
    int timeoutMillis() {
        return timeoutMs;
    }

    @Override
    ProbeResult ask(KmsNetwork network, Duration timeout) throws InterruptedException {
        return network.probe(endpoint, timeout);
    }

    @Override
    KmsProbeReport report(Machines.NetworkAccess access, ProbeResult answer, Messages m) {
        return KmsProbeReport.of(access, answer, m);
    }

    @Override
    boolean found(ProbeResult answer) {
        return answer.isKms();
    }

    @Override
    void printText(KmsProbeReport report, Machines.NetworkAccess access, Messages m, PrintWriter out) {
        out.println(m.get("cli.kmsProbe.heading", report.endpoint()));
        for (KmsProbeReport.Step step : report.steps()) {
            out.println("  " + m.get("cli.kmsProbe.step", m.get(step.passed() ? "cli.kmsProbe.passed"
                    : "cli.kmsProbe.failed"), step.stepText(), step.evidence(), String.valueOf(step.elapsedMs())));
        }
        out.println();
        out.println(m.get("cli.kmsProbe.result", report.state(), report.stateText()));
        out.println(report.message());
    }
}
