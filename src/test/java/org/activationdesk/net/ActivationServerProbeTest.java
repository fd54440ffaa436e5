package org.activationdesk.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.X509ExtendedTrustManager;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.OnlineReading.Outcome;
import org.activationdesk.core.port.OnlineReading.ProxySource;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.net.LoopbackProxy.Behaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS probe against loopback doubles only (no real internet): an HTTPS server with a self-signed certificate,
 * and an HTTP proxy that asks for a password, refuses, stays silent or opens the tunnel.
 */
class ActivationServerProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Short enough to keep the silent cases quick; nothing asserts how long anything took. */
    private static final Duration SHORT = Duration.ofMillis(500);

    private static LoopbackHttps server;
    private static X509ExtendedTrustManager trustingTheServer;

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackHttps();
        trustingTheServer = LoopbackHttps.trustingIt();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ActivationServerProbe.ProxySetting direct() {
        return new ActivationServerProbe.ProxySetting(ProxySelector.of(null), ProxySource.SYSTEM);
    }

    private static ActivationServerProbe.ProxySetting through(LoopbackProxy proxy) {
        return new ActivationServerProbe.ProxySetting(ProxySelector.of(proxy.address()), ProxySource.WINHTTP);
    }

    private static ActivationServerProbe probe(URI target, ActivationServerProbe.ProxySetting proxy,
                                               X509ExtendedTrustManager trust, Clock clock) {
        return new ActivationServerProbe(target, () -> proxy, trust, clock);
    }

    @Test
    void aServerThatAnswersIsReachableEvenWith404AndItsDateGivesTheClock() throws Exception {
        Clock threeHoursSlow = Clock.offset(Clock.systemUTC(), Duration.ofHours(-3));

        OnlineReading reading = probe(server.uri(), direct(), trustingTheServer, threeHoursSlow).probe(TIMEOUT);

        assertThat(reading.outcome()).isEqualTo(Outcome.REACHABLE);
        assertThat(reading.httpStatus()).isEqualTo(404);
        assertThat(reading.proxy()).isEmpty();
        TimeReading time = reading.serverTime().orElseThrow();
        assertThat(time.source()).isEqualTo("localhost (HTTPS Date)");
        // This computer's clock runs 3 hours behind the server's Date (which has whole seconds only).
        assertThat(time.offset().orElseThrow().plusHours(3).abs()).isLessThanOrEqualTo(time.uncertainty());
    }

    @Test
    void aCertificateNoTrustedAuthorityIssuedIsInspectionAndNamesTheIssuer() throws Exception {
        int before = server.requests();

        OnlineReading reading = probe(server.uri(), direct(), ActivationServerProbe.publicAuthorities(),
                Clock.systemUTC()).probe(TIMEOUT);

        assertThat(reading.outcome()).isEqualTo(Outcome.TLS_INTERCEPTED);
        assertThat(reading.issuer()).contains(LoopbackHttps.ISSUER);
        assertThat(reading.detail()).isNotBlank();
        assertThat(server.requests()).as("nothing is sent over a connection that is not trusted").isEqualTo(before);
    }

    @Test
    void throughATunnelTheProxyIsNamed() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(Behaviour.TUNNEL)) {
            OnlineReading reading = probe(server.uri(), through(proxy), trustingTheServer, Clock.systemUTC())
                    .probe(TIMEOUT);

            assertThat(reading.outcome()).isEqualTo(Outcome.REACHABLE);
            assertThat(reading.proxy()).contains(proxy.address().getHostString() + ":" + proxy.port());
            assertThat(reading.proxySource()).isEqualTo(ProxySource.WINHTTP);
            assertThat(proxy.requestLines()).singleElement().asString().startsWith("CONNECT localhost:" + server.port());
        }
    }

    @Test
    void aProxyThatAsksForAPasswordIs407() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(Behaviour.ASK_FOR_PASSWORD)) {
            OnlineReading reading = probe(server.uri(), through(proxy), trustingTheServer, Clock.systemUTC())
                    .probe(TIMEOUT);

            assertThat(reading.outcome()).isEqualTo(Outcome.PROXY_AUTHENTICATION);
            assertThat(reading.httpStatus()).isEqualTo(407);
            assertThat(reading.proxy()).contains(proxy.address().getHostString() + ":" + proxy.port());
            assertThat(reading.serverTime()).isEmpty();
        }
    }

    @Test
    void aProxyThatRefusesTheTunnelIsNamedWithItsStatus() throws Exception {
        try (LoopbackProxy proxy = new LoopbackProxy(Behaviour.REFUSE)) {
            OnlineReading reading = probe(server.uri(), through(proxy), trustingTheServer, Clock.systemUTC())
                    .probe(TIMEOUT);

            assertThat(reading.outcome()).isEqualTo(Outcome.PROXY_REFUSED);
            assertThat(reading.httpStatus()).isEqualTo(403);
        }
    }

    @Test
    void aSilentPeerTimesOut() throws Exception {
        try (LoopbackProxy silent = new LoopbackProxy(Behaviour.SILENT)) {
            OnlineReading reading = probe(URI.create("https://localhost:" + silent.port() + "/"), direct(),
                    trustingTheServer, Clock.systemUTC()).probe(SHORT);

            assertThat(reading.outcome()).isEqualTo(Outcome.TIMED_OUT);
        }
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        OnlineReading reading = probe(URI.create("https://localhost:" + closed + "/"), direct(), trustingTheServer,
                Clock.systemUTC()).probe(TIMEOUT);

        assertThat(reading.outcome()).isEqualTo(Outcome.CANNOT_CONNECT);
        assertThat(reading.detail()).isNotBlank();
    }

    @Test
    void aClosedProxyIsRefusedAndStillNamed() throws Exception {
        LoopbackProxy proxy = new LoopbackProxy(Behaviour.REFUSE);
        ActivationServerProbe.ProxySetting setting = through(proxy);
        proxy.close();

        OnlineReading reading = probe(server.uri(), setting, trustingTheServer, Clock.systemUTC()).probe(TIMEOUT);

        assertThat(reading.outcome()).isEqualTo(Outcome.CANNOT_CONNECT);
        assertThat(reading.proxy()).isPresent();
    }

    @Test
    void anInterruptAbandonsTheRequest() throws Exception {
        try (LoopbackProxy silent = new LoopbackProxy(Behaviour.SILENT)) {
            ActivationServerProbe probe = probe(URI.create("https://localhost:" + silent.port() + "/"), direct(),
                    trustingTheServer, Clock.systemUTC());
            assertThat(Interrupting.interruptWhenArrived(() -> probe.probe(Duration.ofMinutes(5)), silent.connected))
                    .isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void failuresAreClassifiedByCauseWhateverWrapsThem() {
        ActivationServerProbe probe = probe(URI.create("https://activation.example/"), direct(), trustingTheServer,
                Clock.systemUTC());
        RecordingTrustManager nothingPresented = new RecordingTrustManager(trustingTheServer);
        Optional<String> proxy = Optional.of("proxy.example:8080");

        assertThat(probe.failed(new ConnectException("x").initCause(new UnresolvedAddressException()),
                nothingPresented, Optional.empty(), ProxySource.SYSTEM).outcome()).isEqualTo(Outcome.NAME_NOT_RESOLVED);
        assertThat(probe.failed(new IOException("Tunnel failed, got: 502"), nothingPresented, proxy,
                ProxySource.SYSTEM).httpStatus()).isEqualTo(502);
        assertThat(probe.failed(new IOException("Tunnel failed, got: 502"), nothingPresented, Optional.empty(),
                ProxySource.SYSTEM).outcome()).as("no proxy, no tunnel").isEqualTo(Outcome.CANNOT_CONNECT);
        assertThat(probe.failed(new HttpConnectTimeoutException("connect timed out"), nothingPresented, proxy,
                ProxySource.SYSTEM).outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(probe.failed(new SSLHandshakeException("protocol_version"), nothingPresented,
                proxy, ProxySource.SYSTEM).outcome()).isEqualTo(Outcome.TLS_FAILED);
    }
}
