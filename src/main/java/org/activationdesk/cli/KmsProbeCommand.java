package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kms-probe HOST[:PORT]}: resolve, TCP connect and one RPC bind for the KMS interface, each step with its
 * verdict and time. Sends nothing after the bind and never activates. Exit 0 when a KMS service answered, 1 for any
 * other state, 2 bad input.
 */
@Command(name = "kms-probe", description = "Test a KMS host step by step: name, TCP port (default 1688) and an RPC "
        + "bind for the KMS interface. Activates nothing.")
final class KmsProbeCommand implements Callable<Integer> {

    /** phone-rds-kms.md §5.6: 3 s to connect and 5 s for the bind reply. */
    static final int DEFAULT_TIMEOUT_MS = 8_000;

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "HOST[:PORT]", description = "The KMS host: kms01.corp.example, kms01:1688, [2001:db8::1]:1688.")
    private String host;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "" + DEFAULT_TIMEOUT_MS,
            description = "Time for the whole probe in milliseconds (default: ${DEFAULT-VALUE}).")
    private int timeoutMs;

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KmsEndpoint endpoint;
        try {
            endpoint = KmsEndpoint.parse(host);
        } catch (BadAddressException e) {
            err.println(e.describe(m));
            return DeskCli.EXIT_BAD_INPUT;
        }
        Optional<Duration> timeout = KmsArguments.timeout(timeoutMs, err, m);
        Optional<Machines.NetworkAccess> access = timeout.isEmpty() ? Optional.empty() : root.openNetwork(err, m);
        if (access.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        ProbeResult result;
        try {
            result = access.get().network().probe(endpoint, timeout.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeskCli.EXIT_ENVIRONMENT;
        }
        KmsProbeReport report = KmsProbeReport.of(access.get(), result, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            KmsArguments.printPractice(access.get(), m, out);
            printText(report, m, out);
        }
        out.flush();
        return result.isKms() ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
    }

    private static void printText(KmsProbeReport report, Messages m, PrintWriter out) {
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
