package org.activationdesk.platform.simulated;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.RestartReading;

/**
 * The computer around licensing in a practice scenario, checked: the Software Protection service, how a request to
 * Microsoft's activation servers ends, the clocks and a pending restart.
 *
 * @param proxy       {@code host:port} of the proxy the practice network has, if any
 * @param issuer      who issued the certificate an inspecting proxy shows; present exactly for {@code tls-inspected}
 * @param clockOffset this computer's clock minus the true time
 * @param kmsHostClockOffset the organization's KMS host's clock minus the true time
 */
public record ScenarioHealth(Service service, Internet internet, Optional<String> proxy, Optional<String> issuer,
                             Duration clockOffset, Duration kmsHostClockOffset, Set<RestartReading.Marker> pendingRestart) {

    /** The Software Protection service in a scenario: the three states the helpdesk meets. */
    public enum Service {
        RUNNING, STOPPED, DISABLED
    }

    /** How the request to Microsoft ends in a scenario; each is one {@link OnlineReading.Outcome}. */
    public enum Internet {
        REACHABLE(OnlineReading.Outcome.REACHABLE),
        UNRESOLVED(OnlineReading.Outcome.NAME_NOT_RESOLVED),
        REFUSED(OnlineReading.Outcome.CANNOT_CONNECT),
        TIMEOUT(OnlineReading.Outcome.TIMED_OUT),
        PROXY_AUTHENTICATION(OnlineReading.Outcome.PROXY_AUTHENTICATION),
        TLS_INSPECTED(OnlineReading.Outcome.TLS_INTERCEPTED);

        private final OnlineReading.Outcome outcome;

        Internet(OnlineReading.Outcome outcome) {
            this.outcome = outcome;
        }

        public OnlineReading.Outcome outcome() {
            return outcome;
        }
    }

    public ScenarioHealth {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(internet, "internet");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clockOffset, "clockOffset");
        Objects.requireNonNull(kmsHostClockOffset, "kmsHostClockOffset");
        pendingRestart = pendingRestart.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pendingRestart));
        if ((internet == Internet.TLS_INSPECTED) != issuer.isPresent()) {
            throw new IllegalArgumentException("certificateIssuer is required for tls-inspected, and only there");
        }
        if (internet == Internet.PROXY_AUTHENTICATION && proxy.isEmpty()) {
            throw new IllegalArgumentException("proxy-authentication needs the proxy that asks for it");
        }
    }

    /** The file's name for a constant: {@code PROXY_AUTHENTICATION} is {@code proxy-authentication}. */
    static String fileName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant a file names, or a message that lists the names it may use. */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        Objects.requireNonNull(value, field + " must not be null");
        return Arrays.stream(type.getEnumConstants()).filter(c -> fileName(c).equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " must be one of " + String.join(", ",
                        Arrays.stream(type.getEnumConstants()).map(ScenarioHealth::fileName).toList())
                        + ", was " + value));
    }
}
