package org.activationdesk.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTPS request to Microsoft's activation servers, the way online activation would go: through the proxy if
 * one is set. Nothing is activated and nothing about this computer is sent; any answer from the server counts as
 * reachable.
 *
 * @param target      the address asked, such as {@code https://activation-v2.sls.microsoft.com/}
 * @param proxy       {@code host:port} of the proxy the request went through; empty when it went directly
 * @param proxySource where the proxy setting was read
 * @param httpStatus  the HTTP status received (from the server, or the proxy's 407), 0 when none
 * @param issuer      for {@link Outcome#TLS_INTERCEPTED}: who issued the certificate that was presented instead
 * @param detail      technical detail for a ticket (the exception, a status line), or empty
 * @param serverTime  the server's clock (its HTTP Date header) against this computer's, when it answered
 * @param unknown     why nothing could be tried; present exactly when the outcome is {@link Outcome#UNKNOWN}
 */
public record OnlineReading(Outcome outcome, String target, Optional<String> proxy, ProxySource proxySource,
                            int httpStatus, Optional<String> issuer, String detail, Optional<TimeReading> serverTime,
                            Optional<UnknownFact> unknown) {

    /**
     * The address asked: one of the activation addresses Microsoft lists for proxies (support article "Windows
     * activation or validation fails with error code 0x8004FE33"). Any answer from it counts.
     */
    public static final String ACTIVATION_SERVER = "https://activation-v2.sls.microsoft.com/";

    /** How the request ended. */
    public enum Outcome {
        /** The server answered over HTTPS, with a certificate a public authority issued for its name. */
        REACHABLE,
        /** The server's name (or the proxy's) does not resolve: no DNS for internet names. */
        NAME_NOT_RESOLVED,
        /** The connection was refused or could not be made. */
        CANNOT_CONNECT,
        TIMED_OUT,
        /** The proxy asks for a user name and password (HTTP 407). */
        PROXY_AUTHENTICATION,
        /** The proxy answered the tunnel request with another error (its status is in httpStatus). */
        PROXY_REFUSED,
        /** A certificate no public authority issued was presented: a proxy that inspects TLS. */
        TLS_INTERCEPTED,
        /** The secure connection failed otherwise (an expired certificate, a wrong clock, an old protocol). */
        TLS_FAILED,
        UNKNOWN
    }

    /** Where the proxy setting used for the request comes from. */
    public enum ProxySource {
        /** The machine-wide WinHTTP proxy (netsh winhttp), which Windows services use. */
        WINHTTP,
        /** This user's proxy settings (Internet Options, or the system's settings on other systems). */
        SYSTEM,
        /** A practice scenario. */
        SCENARIO
    }

    public OnlineReading {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(proxySource, "proxySource");
        Objects.requireNonNull(issuer, "issuer");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(serverTime, "serverTime");
        Objects.requireNonNull(unknown, "unknown");
        if ((outcome == Outcome.UNKNOWN) != unknown.isPresent()) {
            throw new IllegalArgumentException("a reason goes with an unknown outcome, and only with it");
        }
        if ((outcome == Outcome.TLS_INTERCEPTED) != issuer.isPresent()) {
            throw new IllegalArgumentException("an intercepted connection names the issuer, and only it");
        }
    }

    /** A request that ended with {@code outcome}; the server time only when the server answered. */
    public static OnlineReading of(Outcome outcome, String target, Optional<String> proxy, ProxySource source,
                                   int httpStatus, String detail) {
        return new OnlineReading(outcome, target, proxy, source, httpStatus, Optional.empty(), detail,
                Optional.empty(), Optional.empty());
    }

    public static OnlineReading reachable(String target, Optional<String> proxy, ProxySource source, int httpStatus,
                                          Optional<TimeReading> serverTime) {
        return new OnlineReading(Outcome.REACHABLE, target, proxy, source, httpStatus, Optional.empty(), "",
                serverTime, Optional.empty());
    }

    public static OnlineReading intercepted(String target, Optional<String> proxy, ProxySource source, String issuer,
                                            String detail) {
        return new OnlineReading(Outcome.TLS_INTERCEPTED, target, proxy, source, 0, Optional.of(issuer), detail,
                Optional.empty(), Optional.empty());
    }

    public static OnlineReading unknown(String target, UnknownFact why) {
        return new OnlineReading(Outcome.UNKNOWN, target, Optional.empty(), ProxySource.SYSTEM, 0, Optional.empty(), "",
                Optional.empty(), Optional.of(why));
    }

    public boolean reachable() {
        return outcome == Outcome.REACHABLE;
    }

    /** The host name of the target, as evidence shows it (a report names hosts, never links). */
    public String targetHost() {
        return host(target);
    }

    /** {@code activation-v2.sls.microsoft.com} from {@code https://activation-v2.sls.microsoft.com/}. */
    public static String host(String url) {
        String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        int end = rest.indexOf('/');
        return end < 0 ? rest : rest.substring(0, end);
    }
}
