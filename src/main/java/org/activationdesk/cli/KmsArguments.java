package org.activationdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;

/** What {@code kms-discover} and {@code kms-probe} share: the timeout option and the practice note. */
final class KmsArguments {

    /** A minute: longer than any DNS server or KMS host worth waiting for. */
    static final int MAX_TIMEOUT_MS = 60_000;

    private KmsArguments() {
    }

    /** The timeout in milliseconds, or a message on stderr and nothing when it is out of range. */
    static Optional<Duration> timeout(int millis, PrintWriter err, Messages m) {
        if (millis < 1 || millis > MAX_TIMEOUT_MS) {
            err.println(m.get("cli.kms.badTimeout", String.valueOf(millis), String.valueOf(MAX_TIMEOUT_MS)));
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(millis));
    }

    static StatusReport.ScenarioRef scenario(Machines.NetworkAccess access, Messages m) {
        return access.scenario().map(s -> new StatusReport.ScenarioRef(s.id(), s.title().in(m.language()), null))
                .orElse(null);
    }

    /** {@code practice} when the scenario answered, {@code network} when the network did. */
    static String mode(Machines.NetworkAccess access) {
        return access.scenario().isPresent() ? "practice" : "network";
    }

    /** In practice the first line says the answers are the scenario's and nothing was sent. */
    static void printPractice(Machines.NetworkAccess access, Messages m, PrintWriter out) {
        access.scenario().ifPresent(s -> {
            out.println(m.get("cli.kms.practice", s.title().in(m.language()), s.id()));
            out.println();
        });
    }
}
