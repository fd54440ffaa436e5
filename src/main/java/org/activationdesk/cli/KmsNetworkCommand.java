package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.volume.BadAddressException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The course {@code kms-discover} and {@code kms-probe} share: read the input (bad input is exit 2), check the
 * timeout, open the real or the scenario's network, ask once, print JSON or text. Exit 0 when the answer is the one
 * hoped for, 1 otherwise.
 *
 * @param <R> what the network answered
 * @param <P> the report printed for it
 */
abstract class KmsNetworkCommand<R, P> implements Callable<Integer> {

    /** A minute: longer than any DNS server or KMS host worth waiting for. */
    static final int MAX_TIMEOUT_MS = 60_000;

    @ParentCommand
    DeskCli root;

    @Spec
    CommandSpec spec;

    /** Reads the arguments; throws on input that cannot be an address or a domain. */
    abstract void readInput() throws BadAddressException;

    abstract int timeoutMillis();

    abstract R ask(KmsNetwork network, Duration timeout) throws InterruptedException;

    abstract P report(Machines.NetworkAccess access, R answer, Messages m);

    abstract void printText(P report, Machines.NetworkAccess access, Messages m, PrintWriter out);

    /** A KMS answered, or DNS named one. */
    abstract boolean found(R answer);

    @Override
    public final Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            readInput();
        } catch (BadAddressException e) {
            err.println(e.describe(m));
            return DeskCli.EXIT_BAD_INPUT;
        }
        if (timeoutMillis() < 1 || timeoutMillis() > MAX_TIMEOUT_MS) {
            err.println(m.get("cli.kms.badTimeout", String.valueOf(timeoutMillis()), String.valueOf(MAX_TIMEOUT_MS)));
            return DeskCli.EXIT_BAD_INPUT;
        }
        Optional<Machines.NetworkAccess> access = root.openNetwork(err, m);
        if (access.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        R answer;
        try {
            answer = ask(access.get().network(), Duration.ofMillis(timeoutMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeskCli.EXIT_ENVIRONMENT;
        }
        P report = report(access.get(), answer, m);
        if (root.options.json) {
            out.println(Json.write(report));
        } else {
            access.get().scenario().ifPresent(s -> {
                out.println(m.get("cli.kms.practice", s.title().in(m.language()), s.id()));
                out.println();
            });
            printText(report, access.get(), m, out);
        }
        out.flush();
        return found(answer) ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
    }

    static StatusReport.ScenarioRef scenario(Machines.NetworkAccess access, Messages m) {
        return access.scenario().map(s -> new StatusReport.ScenarioRef(s.id(), s.title().in(m.language()), null))
                .orElse(null);
    }

    /** {@code practice} when the scenario answered, {@code network} when the network did. */
    static String mode(Machines.NetworkAccess access) {
        return access.scenario().isPresent() ? "practice" : "network";
    }
}
