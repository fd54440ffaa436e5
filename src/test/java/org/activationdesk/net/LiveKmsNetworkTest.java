package org.activationdesk.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.DiscoveryOutcome;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.ProbeStage;
import org.activationdesk.core.volume.ProbeState;
import org.activationdesk.core.volume.RpcFixtures;
import org.activationdesk.core.volume.SrvRecord;
import org.activationdesk.net.RpcPeer.Behaviour;
import org.activationdesk.net.TinyDnsServer.Answer;
import org.activationdesk.net.TinyDnsServer.Srv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real network adapter against in-process doubles on loopback ephemeral ports: a DNS server and an RPC peer. */
class LiveKmsNetworkTest {

    private static final DnsDomain DOMAIN = new DnsDomain("corp.example");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Short enough to keep the silent cases quick; nothing asserts how long anything took. */
    private static final Duration SHORT = Duration.ofMillis(400);
    private static final List<Srv> TWO_HOSTS = List.of(new Srv("kms02.corp.example.", 1688, 10, 0),
            new Srv("kms01.corp.example.", 1688, 0, 100));
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final ExecutorService THREADS = Executors.newCachedThreadPool();

    private final LiveKmsNetwork network = new LiveKmsNetwork();

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    private DiscoveryResult discover(TinyDnsServer dns, Duration timeout) throws InterruptedException {
        return network.discover(DOMAIN, Optional.of(new DnsServer("127.0.0.1", dns.port())), timeout);
    }

    @Test
    void srvRecordsAreReadWithPriorityWeightAndTheClientsChoice() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.SRV, TWO_HOSTS, false)) {
            DiscoveryResult result = discover(dns, TIMEOUT);

            assertThat(result.outcome()).isEqualTo(DiscoveryOutcome.FOUND);
            assertThat(result.records()).containsExactly(new SrvRecord("kms02.corp.example", 1688, 10, 0, 3600),
                    new SrvRecord("kms01.corp.example", 1688, 0, 100, 3600));
            assertThat(result.clientChoice(new Random(1))).map(SrvRecord::target).contains("kms01.corp.example");
            assertThat(result.clientCode()).isEmpty();
        }
    }

    @Test
    void nxdomainAndAnEmptyAnswerAreBothNoRecordWith0x8007232B() throws Exception {
        try (TinyDnsServer nx = new TinyDnsServer(Answer.NXDOMAIN, List.of(), false);
             TinyDnsServer empty = new TinyDnsServer(Answer.EMPTY, List.of(), false)) {
            DiscoveryResult none = discover(nx, TIMEOUT);
            DiscoveryResult nothing = discover(empty, TIMEOUT);

            assertThat(none.outcome()).isEqualTo(DiscoveryOutcome.NO_SUCH_NAME);
            assertThat(nothing.outcome()).isEqualTo(DiscoveryOutcome.NO_RECORDS);
            assertThat(none.clientCode()).contains(DiscoveryResult.NO_SRV_RECORD);
            assertThat(nothing.clientCode()).contains(DiscoveryResult.NO_SRV_RECORD);
            assertThat(none.explanation().in(EN)).contains("_vlmcs._tcp.corp.example").contains("0x8007232B");
            assertThat(none.fix().orElseThrow().in(EN)).contains("slmgr /skms");
        }
    }

    @Test
    void aTruncatedAnswerIsAskedAgainOverTcp() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.TRUNCATED, TWO_HOSTS, true)) {
            DiscoveryResult result = discover(dns, TIMEOUT);

            assertThat(result.outcome()).isEqualTo(DiscoveryOutcome.FOUND);
            assertThat(result.records()).hasSize(2);
            assertThat(dns.tcpQueries()).isEqualTo(1);
        }
    }

    @Test
    void aTruncatedAnswerWithoutTcpIsAFailureNotAnEmptyAnswer() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.TRUNCATED, TWO_HOSTS, false)) {
            DiscoveryResult result = discover(dns, SHORT);

            assertThat(result.outcome()).isEqualTo(DiscoveryOutcome.FAILED);
            assertThat(result.clientCode()).isEmpty();
        }
    }

    @Test
    void garbageAndServfailAreFailuresThatSayWhy() throws Exception {
        try (TinyDnsServer garbage = new TinyDnsServer(Answer.GARBAGE, List.of(), false);
             TinyDnsServer servfail = new TinyDnsServer(Answer.SERVFAIL, List.of(), false)) {
            DiscoveryResult unreadable = discover(garbage, SHORT);
            DiscoveryResult failed = discover(servfail, TIMEOUT);

            assertThat(unreadable.outcome()).isEqualTo(DiscoveryOutcome.FAILED);
            assertThat(unreadable.detail()).isEqualTo("unreadable answer");
            assertThat(failed.outcome()).isEqualTo(DiscoveryOutcome.FAILED);
            assertThat(failed.detail()).contains("SERVFAIL");
            assertThat(failed.fix()).isPresent();
        }
    }

    @Test
    void aSilentServerTimesOut() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.SILENT, List.of(), false)) {
            DiscoveryResult result = discover(dns, SHORT);

            assertThat(result.outcome()).isEqualTo(DiscoveryOutcome.TIMEOUT);
            assertThat(dns.udpQueries()).isPositive();
        }
    }

    @Test
    void anInterruptEndsALookupThatWaitsForAnAnswer() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.SILENT, List.of(), false)) {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread asker = new Thread(() -> outcome.set(catchThrowable(() -> discover(dns, Duration.ofMinutes(5)))));
            asker.start();
            while (dns.udpQueries() == 0) {
                Thread.sleep(5); // the lookup is waiting for the answer now
            }
            asker.interrupt();
            asker.join(TimeUnit.SECONDS.toMillis(60)); // a bound for a broken build, not a timing assertion
            assertThat(asker.isAlive()).as("the lookup ended on the interrupt").isFalse();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        }
    }

    // ---- the probe ----

    private ProbeResult probe(RpcPeer peer, Duration timeout) throws InterruptedException {
        return network.probe(new KmsEndpoint("127.0.0.1", peer.port()), timeout);
    }

    static byte[] answerFor(Behaviour behaviour) {
        return switch (behaviour) {
            case ACK -> RpcFixtures.ACK;
            case ACK_REJECTED -> RpcFixtures.ackWith(2, 1);
            case NAK -> RpcFixtures.nak(4);
            default -> null;
        };
    }

    @Test
    void anAcceptingAckIsKmsAfterThreePassedSteps() throws Exception {
        try (RpcPeer peer = new RpcPeer(Behaviour.ACK, answerFor(Behaviour.ACK))) {
            ProbeResult result = probe(peer, TIMEOUT);

            assertThat(result.state()).isEqualTo(ProbeState.KMS);
            assertThat(result.address()).contains("127.0.0.1");
            assertThat(result.steps()).extracting(s -> s.stage()).containsExactly(ProbeStage.values());
            assertThat(result.steps()).allMatch(s -> s.passed());
            assertThat(result.summary().in(EN)).contains("127.0.0.1:" + peer.port()).contains("activates nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Behaviour.class, names = {"ACK_REJECTED", "NAK", "GARBAGE", "CLOSE"})
    void anOpenPortWithoutAnAcceptingAckIsNotKms(Behaviour behaviour) throws Exception {
        try (RpcPeer peer = new RpcPeer(behaviour, answerFor(behaviour))) {
            ProbeResult result = probe(peer, TIMEOUT);

            assertThat(result.state()).as(behaviour.name()).isEqualTo(ProbeState.NOT_KMS);
            assertThat(result.steps()).hasSize(3);
            assertThat(result.steps().get(2).passed()).isFalse();
            assertThat(result.clientCode()).contains(ProbeResult.NO_KMS_CONTACTED);
        }
    }

    @Test
    void theProbeSendsTheBindAndNothingAfterIt() throws Exception {
        for (Behaviour behaviour : List.of(Behaviour.ACK, Behaviour.ACK_REJECTED, Behaviour.NAK, Behaviour.GARBAGE)) {
            try (RpcPeer peer = new RpcPeer(behaviour, answerFor(behaviour))) {
                probe(peer, TIMEOUT);

                assertThat(peer.binds()).as(behaviour.name()).singleElement().isEqualTo(RpcFixtures.BIND);
                awaitRecorded(peer);
                assertThat(peer.bytesAfterBind()).as("%s: the probe closes after the reply", behaviour).containsExactly(0);
            }
        }
    }

    private static void awaitRecorded(RpcPeer peer) throws InterruptedException {
        for (int i = 0; i < 500 && peer.bytesAfterBind().isEmpty(); i++) {
            Thread.sleep(10); // the peer notes the close on its own thread
        }
    }

    @Test
    void silenceAfterTheBindIsATimeoutOfTheBindStep() throws Exception {
        try (RpcPeer peer = new RpcPeer(Behaviour.SILENT, null)) {
            ProbeResult result = probe(peer, SHORT);

            assertThat(result.state()).isEqualTo(ProbeState.TIMEOUT);
            assertThat(result.steps()).extracting(s -> s.stage()).containsExactly(ProbeStage.values());
            assertThat(result.steps().get(1).passed()).isTrue();
        }
    }

    @Test
    void aClosedEphemeralPortIsRefused() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket()) {
            closed.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = closed.getLocalPort();
        }
        ProbeResult result = network.probe(new KmsEndpoint("127.0.0.1", port), TIMEOUT);

        assertThat(result.state()).isEqualTo(ProbeState.REFUSED);
        assertThat(result.steps()).hasSize(2);
        assertThat(result.summary().in(EN)).contains("nothing listens on TCP port " + port);
    }

    @Test
    void aNameUnderInvalidNeverResolves() throws Exception {
        ProbeResult result = network.probe(new KmsEndpoint("kms.corp.invalid", 1688), TIMEOUT);

        assertThat(result.state()).isEqualTo(ProbeState.UNRESOLVED);
        assertThat(result.address()).isEmpty();
        assertThat(result.steps()).singleElement().satisfies(s -> assertThat(s.stage()).isEqualTo(ProbeStage.RESOLVE));
    }

    @Test
    void anInterruptEndsAProbeThatWaitsForAnAnswer() throws Exception {
        try (RpcPeer peer = new RpcPeer(Behaviour.SILENT, null)) {
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread prober = new Thread(() -> outcome.set(catchThrowable(() -> probe(peer, Duration.ofMinutes(5)))));
            prober.start();
            while (peer.binds().isEmpty()) {
                Thread.sleep(5); // the probe is waiting for the reply now
            }
            prober.interrupt();
            prober.join(TimeUnit.SECONDS.toMillis(60)); // a bound for a broken build, not a timing assertion
            assertThat(prober.isAlive()).as("the probe ended on the interrupt").isFalse();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        }
    }

    @Test
    void anInterruptedCallerProbesNothing() throws Exception {
        try (RpcPeer peer = new RpcPeer(Behaviour.ACK, answerFor(Behaviour.ACK))) {
            Future<Throwable> attempt = THREADS.submit(() -> {
                Thread.currentThread().interrupt();
                return catchThrowable(() -> probe(peer, TIMEOUT));
            });
            assertThat(attempt.get(30, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
            assertThat(peer.binds()).isEmpty();
        }
    }
}
