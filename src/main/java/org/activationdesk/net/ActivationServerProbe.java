package org.activationdesk.net;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.OnlineReading.Outcome;
import org.activationdesk.core.port.TimeReading;

/**
 * One HEAD request to Microsoft's activation server over HTTPS, the way online activation goes: through the proxy
 * the system names, if any. It sends no data about the computer and activates nothing; any HTTP answer from the
 * server counts as reachable, and its Date header gives a trusted time (the connection proved the server's name).
 *
 * <p>The certificate is checked against Java's own list of public authorities, not the computer's: a proxy that
 * inspects TLS presents a certificate of its own authority, which the computer may trust but no public authority
 * issued, and that is exactly what online activation trips over. When the check fails, the handshake stops (nothing
 * is sent over a connection that is not Microsoft's), and the issuer that was presented is named.
 */
public final class ActivationServerProbe {

    /** Where the proxy for a request comes from: a selector and where its setting was read. */
    public record ProxySetting(ProxySelector selector, OnlineReading.ProxySource source) {
    }

    private static final ExecutorService CLIENT_THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "activation-desk-https");
        thread.setDaemon(true);
        return thread;
    });
    /** JDK 17's HttpClient reports a proxy's refusal of the tunnel only in its message. */
    private static final Pattern TUNNEL_FAILED = Pattern.compile("Tunnel failed, got: (\\d{3})");
    /** A HTTP Date is whole seconds: the server's time lies anywhere in the second it names. */
    private static final Duration HALF_SECOND = Duration.ofMillis(500);

    private final URI target;
    private final Supplier<ProxySetting> proxies;
    private final X509ExtendedTrustManager trust;
    private final Clock clock;

    /** Asks Microsoft's activation server, trusting Java's public authorities. */
    public ActivationServerProbe(Supplier<ProxySetting> proxies) {
        this(URI.create(OnlineReading.ACTIVATION_SERVER), proxies, publicAuthorities(), Clock.systemUTC());
    }

    /** For tests: another address (a loopback double), other trusted authorities, another clock. */
    ActivationServerProbe(URI target, Supplier<ProxySetting> proxies, X509ExtendedTrustManager trust, Clock clock) {
        this.target = target;
        this.proxies = proxies;
        this.trust = trust;
        this.clock = clock;
    }

    /**
     * Sends the request and waits at most about {@code timeout} for its answer.
     *
     * @throws InterruptedException when the calling thread is interrupted (the request is abandoned)
     */
    public OnlineReading probe(Duration timeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled before it started");
        }
        ProxySetting setting = proxies.get();
        Optional<InetSocketAddress> proxy = httpProxy(setting.selector());
        Optional<String> proxyName = proxy.map(a -> a.getHostString() + ":" + a.getPort());
        RecordingTrustManager recorder = new RecordingTrustManager(trust);
        HttpClient client;
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {recorder}, null);
            client = HttpClient.newBuilder()
                    .proxy(proxy.map(ProxySelector::of).orElse(HttpClient.Builder.NO_PROXY))
                    .connectTimeout(timeout)
                    .sslContext(tls)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(CLIENT_THREADS)
                    .build();
        } catch (GeneralSecurityException e) {
            return OnlineReading.of(Outcome.TLS_FAILED, target.toString(), proxyName, setting.source(), 0, describe(e));
        }
        HttpRequest request = HttpRequest.newBuilder(target).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(timeout).header("User-Agent", "ActivationDesk-diagnostics").build();
        Instant sent = clock.instant();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response;
        try {
            // The client keeps both timeouts itself; this is only the backstop for a step that has none.
            response = answer.get(timeout.multipliedBy(2).plusSeconds(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            answer.cancel(true);
            return OnlineReading.of(Outcome.TIMED_OUT, target.toString(), proxyName, setting.source(), 0, "");
        } catch (ExecutionException e) {
            return failed(e.getCause(), recorder, proxyName, setting.source());
        }
        Duration roundTrip = Duration.ofNanos(System.nanoTime() - started);
        if (response.statusCode() == 407) {
            return OnlineReading.of(Outcome.PROXY_AUTHENTICATION, target.toString(), proxyName, setting.source(), 407,
                    response.headers().firstValue("Proxy-Authenticate").orElse(""));
        }
        return OnlineReading.reachable(target.toString(), proxyName, setting.source(), response.statusCode(),
                serverTime(response, sent, roundTrip));
    }

    /** The first HTTP proxy the selector names for the target; empty for a direct connection. */
    private Optional<InetSocketAddress> httpProxy(ProxySelector selector) {
        List<Proxy> choices;
        try {
            choices = selector == null ? List.of() : selector.select(target);
        } catch (RuntimeException brokenSetting) {
            choices = List.of(); // a setting that cannot be read is no proxy; the request then shows what happens
        }
        return choices.stream().filter(p -> p.type() == Proxy.Type.HTTP)
                .map(Proxy::address).filter(InetSocketAddress.class::isInstance).map(InetSocketAddress.class::cast)
                .findFirst();
    }

    /** The server's Date against this computer's clock at the middle of the round trip. */
    private Optional<TimeReading> serverTime(HttpResponse<Void> response, Instant sent, Duration roundTrip) {
        Optional<String> date = response.headers().firstValue("Date");
        if (date.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant server = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                    .plus(HALF_SECOND);
            Instant local = sent.plus(roundTrip.dividedBy(2));
            return Optional.of(TimeReading.measured(target.getHost() + " (HTTPS Date)", local, Duration.between(server, local),
                    roundTrip.dividedBy(2).plus(HALF_SECOND)));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    OnlineReading failed(Throwable cause, RecordingTrustManager recorder, Optional<String> proxy,
                                 OnlineReading.ProxySource source) {
        String where = target.toString();
        if (recorder.failure() != null) {
            Throwable failure = recorder.failure();
            if (causedBy(failure, CertificateExpiredException.class)
                    || causedBy(failure, CertificateNotYetValidException.class)) {
                return OnlineReading.of(Outcome.TLS_FAILED, where, proxy, source, 0, describe(failure));
            }
            return OnlineReading.intercepted(where, proxy, source, recorder.presentedIssuer(), describe(failure));
        }
        if (causedBy(cause, HttpConnectTimeoutException.class) || causedBy(cause, HttpTimeoutException.class)) {
            return OnlineReading.of(Outcome.TIMED_OUT, where, proxy, source, 0, describe(cause));
        }
        if (causedBy(cause, UnresolvedAddressException.class) || causedBy(cause, UnknownHostException.class)) {
            return OnlineReading.of(Outcome.NAME_NOT_RESOLVED, where, proxy, source, 0, describe(cause));
        }
        if (causedBy(cause, SSLException.class)) {
            return OnlineReading.of(Outcome.TLS_FAILED, where, proxy, source, 0, describe(cause));
        }
        Matcher tunnel = TUNNEL_FAILED.matcher(String.valueOf(cause.getMessage()));
        if (proxy.isPresent() && tunnel.find()) {
            return OnlineReading.of(Outcome.PROXY_REFUSED, where, proxy, source, Integer.parseInt(tunnel.group(1)),
                    describe(cause));
        }
        // Refused, reset, closed by a proxy: no connection that could carry an activation.
        return OnlineReading.of(Outcome.CANNOT_CONNECT, where, proxy, source, 0, describe(cause));
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The exception's class and message, for a ticket: no addresses beyond the ones already shown. */
    private static String describe(Throwable thrown) {
        String message = thrown.getMessage();
        return thrown.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Java's own trusted public authorities (its cacerts), as the default trust manager has them. */
    static X509ExtendedTrustManager publicAuthorities() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X.509 trust manager");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the trusted authorities cannot be read", e);
        }
    }
}
