package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.app.CliContractTest.Result;
import org.activationdesk.cli.DeskCli;
import org.activationdesk.core.volume.RpcFixtures;
import org.activationdesk.net.RpcPeer;
import org.activationdesk.net.RpcPeer.Behaviour;
import org.activationdesk.net.TinyDnsServer;
import org.activationdesk.net.TinyDnsServer.Answer;
import org.activationdesk.net.TinyDnsServer.Srv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of {@code kms-discover} and {@code kms-probe} (issue 6), run in-process on the real composition root
 * against doubles on loopback ephemeral ports: a DNS server and an RPC peer that only answers a bind.
 */
@ExtendWith(IsolatedHome.class)
class CliKmsTest {

    /** Short, so the silent peer does not hold the build up; nothing asserts how long anything took. */
    private static final String SHORT = "400";

    private static Result run(String... args) {
        return CliContractTest.run(args);
    }

    private static JsonNode json(Result result) throws Exception {
        return CliContractTest.json(result);
    }

    private static String probeState(Behaviour behaviour, List<String> extra) throws Exception {
        byte[] answer = switch (behaviour) {
            case ACK -> RpcFixtures.ACK;
            case ACK_REJECTED -> RpcFixtures.ackWith(2, 1);
            case NAK -> RpcFixtures.nak(4);
            default -> null;
        };
        try (RpcPeer peer = new RpcPeer(behaviour, answer)) {
            List<String> args = new ArrayList<>(List.of("kms-probe", "127.0.0.1:" + peer.port(), "--json"));
            args.addAll(extra);
            Result result = run(args.toArray(String[]::new));
            JsonNode root = json(result);
            assertThat(result.code()).isEqualTo(root.path("state").asText().equals("kms") ? DeskCli.EXIT_OK
                    : DeskCli.EXIT_FINDING);
            return root.path("state").asText();
        }
    }

    @Test
    void kmsProbeTellsAllFiveStatesApart() throws Exception {
        List<String> states = new ArrayList<>();
        states.add(probeState(Behaviour.ACK, List.of()));
        states.add(probeState(Behaviour.NAK, List.of()));
        states.add(probeState(Behaviour.SILENT, List.of("--timeout", SHORT)));
        states.add(json(run("kms-probe", "127.0.0.1:" + closedPort(), "--json")).path("state").asText());
        states.add(json(run("kms-probe", "kms01.corp.invalid", "--json")).path("state").asText());

        assertThat(states).containsExactly("kms", "not-kms", "timeout", "refused", "unresolved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACK_REJECTED", "NAK", "GARBAGE", "CLOSE"})
    void everyOpenPortWithoutAnAcceptingAckIsNotKms(String behaviour) throws Exception {
        assertThat(probeState(Behaviour.valueOf(behaviour), List.of())).isEqualTo("not-kms");
    }

    @Test
    void probeJsonHasTheContractFieldsWithEachStep() throws Exception {
        try (RpcPeer peer = new RpcPeer(Behaviour.ACK, RpcFixtures.ACK)) {
            JsonNode root = json(run("kms-probe", "127.0.0.1:" + peer.port(), "--json", "--lang", "en"));

            assertThat(root.path("mode").asText()).isEqualTo("network");
            assertThat(root.path("state").asText()).isEqualTo("kms");
            assertThat(root.path("address").asText()).isEqualTo("127.0.0.1");
            assertThat(root.path("port").asInt()).isEqualTo(peer.port());
            assertThat(root.path("elapsedMs").isIntegralNumber()).isTrue();
            assertThat(root.path("code").isNull()).isTrue();
            JsonNode steps = root.path("steps");
            assertThat(steps).extracting(s -> s.path("step").asText()).containsExactly("resolve", "connect", "rpc-bind");
            for (JsonNode step : steps) {
                assertThat(step.path("passed").asBoolean()).isTrue();
                assertThat(step.path("elapsedMs").isIntegralNumber()).isTrue();
                assertThat(step.path("evidence").asText()).isNotBlank();
            }
            assertThat(steps.get(2).path("detail").asText()).isEqualTo("bind_ack result 0");
        }
    }

    @Test
    void aRefusedProbeNamesTheClientCodeAndTheFailedStep() throws Exception {
        JsonNode root = json(run("kms-probe", "127.0.0.1:" + closedPort(), "--json"));

        assertThat(root.path("code").asText()).isEqualTo("0xC004F074");
        assertThat(root.path("steps")).hasSize(2);
        assertThat(root.path("steps").get(1).path("passed").asBoolean()).isFalse();
    }

    @Test
    void probeTextIsInEnglishOrJapanese() throws Exception {
        try (RpcPeer peer = new RpcPeer(Behaviour.NAK, RpcFixtures.nak(4))) {
            Result en = run("kms-probe", "127.0.0.1:" + peer.port(), "--lang", "en");
            Result ja = run("kms-probe", "127.0.0.1:" + peer.port(), "--lang", "ja");

            assertThat(en.code()).isEqualTo(DeskCli.EXIT_FINDING);
            assertThat(en.out()).contains("[OK] Name lookup").contains("[Failed] RPC bind").contains("Result: not-kms")
                    .contains("bind_nak reason 4");
            assertThat(ja.out()).contains("[成功] 名前解決").contains("[失敗] RPC バインド").contains("結果: not-kms");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms 01", "kms01:0", "kms01:99999", "[2001:db8::1", ""})
    void aHostThatCannotBeOneIsBadInput(String host) {
        Result result = run("kms-probe", host, "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("cannot be used");
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "60001", "soon"})
    void aTimeoutOutOfRangeIsBadInput(String timeout) {
        Result result = run("kms-probe", "kms01.corp.invalid", "--timeout", timeout, "--lang", "ja");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).isNotBlank();
    }

    // ---- kms-discover ----

    @Test
    void discoverListsTheRecordsAndTheOneAClientPicks() throws Exception {
        List<Srv> records = List.of(new Srv("kms02.corp.example.", 1688, 10, 5), new Srv("kms01.corp.example.", 1688, 0, 0));
        try (TinyDnsServer dns = new TinyDnsServer(Answer.SRV, records, false)) {
            Result result = run("kms-discover", "corp.example", "--dns-server", "127.0.0.1:" + dns.port(), "--json");
            JsonNode root = json(result);

            assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
            assertThat(root.path("query").asText()).isEqualTo("_vlmcs._tcp.corp.example");
            assertThat(root.path("outcome").asText()).isEqualTo("found");
            assertThat(root.path("dnsServer").asText()).isEqualTo("127.0.0.1:" + dns.port());
            JsonNode first = root.path("records").get(0);
            assertThat(first.path("target").asText()).isEqualTo("kms02.corp.example");
            assertThat(first.path("port").asInt()).isEqualTo(1688);
            assertThat(first.path("priority").asInt()).isEqualTo(10);
            assertThat(first.path("weight").asInt()).isEqualTo(5);
            assertThat(root.path("pick").path("target").asText()).isEqualTo("kms01.corp.example");
            assertThat(root.path("code").isNull()).isTrue();
        }
    }

    @Test
    void noRecordIsAFindingWith0x8007232BAndTheFix() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.NXDOMAIN, List.of(), false)) {
            Result json = run("kms-discover", "corp.example", "--dns-server", "127.0.0.1:" + dns.port(), "--json");
            Result text = run("kms-discover", "corp.example", "--dns-server", "127.0.0.1:" + dns.port(), "--lang", "ja");

            assertThat(json.code()).isEqualTo(DeskCli.EXIT_FINDING);
            assertThat(json(json).path("code").asText()).isEqualTo("0x8007232B");
            assertThat(json(json).path("outcome").asText()).isEqualTo("no-such-name");
            assertThat(json(json).path("records")).isEmpty();
            assertThat(text.out()).contains("0x8007232B").contains("slmgr /skms");
        }
    }

    @Test
    void aSilentDnsServerIsAFindingNotAHang() throws Exception {
        try (TinyDnsServer dns = new TinyDnsServer(Answer.SILENT, List.of(), false)) {
            Result result = run("kms-discover", "corp.example", "--dns-server", "127.0.0.1:" + dns.port(),
                    "--timeout", SHORT, "--json");

            assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
            assertThat(json(result).path("outcome").asText()).isEqualTo("timeout");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"corp example", "192.0.2.1", "corp.example:53", ".."})
    void aDomainThatCannotBeOneIsBadInput(String domain) {
        Result result = run("kms-discover", domain, "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("cannot be used");
    }

    @Test
    void aDnsServerThatCannotBeOneIsBadInput() {
        Result result = run("kms-discover", "corp.example", "--dns-server", "127.0.0.1:70000", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("65535");
    }

    // ---- practice ----

    @Test
    void withAScenarioTheScenariosNetworkAnswersAndSaysSo() throws Exception {
        Result noSrv = run("kms-discover", "corp.example", "--scenario", "win10-pro-kms-no-srv", "--lang", "en");
        Result published = run("kms-discover", "corp.example", "--scenario", "kms-host-below-threshold", "--json");
        Result probe = run("kms-probe", "kms01.corp.example", "--scenario", "kms-host-below-threshold", "--json");

        assertThat(noSrv.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(noSrv.out()).startsWith("Practice mode").contains("nothing is sent").contains("0x8007232B");
        assertThat(published.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(json(published).path("mode").asText()).isEqualTo("practice");
        assertThat(json(published).path("scenario").path("id").asText()).isEqualTo("kms-host-below-threshold");
        assertThat(json(published).path("pick").path("target").asText()).isEqualTo("kms01.corp.example");
        assertThat(probe.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(json(probe).path("state").asText()).isEqualTo("kms");
        assertThat(json(probe).path("address").asText()).isEqualTo("192.0.2.10");
    }

    @Test
    void aScenarioThatDoesNotLoadIsBadInput() {
        Result result = run("kms-probe", "kms01", "--scenario", "no-such-scenario", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("no-such-scenario");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
