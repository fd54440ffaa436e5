package org.activationdesk.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.DiscoveryOutcome;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.DnsServer;
import org.activationdesk.net.TinyDnsServer.Srv;
import org.junit.jupiter.api.Test;

/**
 * Whatever a DNS server sends back, the lookup ends in a result that explains itself, never in an exception:
 * random bytes behind the query's id, a real SRV answer cut short anywhere, and one with bytes changed. Seeded, so a
 * failure reproduces; the seed and the bytes are in the message.
 */
class SrvLookupFuzzTest {

    private static final long SEED = 0xD25L;
    private static final int ROUNDS = 300;
    private static final DnsDomain DOMAIN = new DnsDomain("corp.example");
    private static final List<Srv> RECORDS = List.of(new Srv("kms01.corp.example.", 1688, 0, 10),
            new Srv("kms02.corp.example.", 1689, 5, 0));
    private static final Messages EN = Messages.of(Language.ENGLISH);

    @Test
    void anyAnswerEndsInAnExplainedResult() throws Exception {
        Random random = new Random(SEED);
        byte[][] sent = new byte[1][];
        Set<DiscoveryOutcome> seen = EnumSet.noneOf(DiscoveryOutcome.class);
        try (TinyDnsServer dns = TinyDnsServer.answering(query -> sent[0] = mutate(query, random))) {
            SrvLookup lookup = new SrvLookup();
            for (int round = 0; round < ROUNDS; round++) {
                DiscoveryResult result = lookup.lookup(DOMAIN, Optional.of(new DnsServer("127.0.0.1", dns.port())),
                        Duration.ofMillis(300));
                String context = "seed " + SEED + " round " + round + ": "
                        + (sent[0] == null ? "-" : HexFormat.ofDelimiter(" ").formatHex(sent[0]));
                seen.add(result.outcome());
                assertThat(result.explanation().in(EN)).as(context).doesNotContain("!volume");
                if (result.outcome() == DiscoveryOutcome.FOUND) {
                    assertThat(result.records()).as(context).isNotEmpty()
                            .allSatisfy(r -> assertThat(r.target()).isNotBlank());
                }
            }
        }
        // The mutations reach past the first check: some answers still read, others fail in different ways.
        assertThat(seen).contains(DiscoveryOutcome.FOUND, DiscoveryOutcome.FAILED);
    }

    /** One of: random bytes after the id, the real answer cut short, the real answer with a few bytes changed. */
    private static byte[] mutate(byte[] query, Random random) {
        byte[] answer;
        try {
            answer = TinyDnsServer.srvAnswer(query, RECORDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                answer = new byte[2 + random.nextInt(80)];
                random.nextBytes(answer);
            }
            case 1 -> answer = Arrays.copyOf(answer, 2 + random.nextInt(answer.length - 2));
            default -> {
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    answer[2 + random.nextInt(answer.length - 2)] = (byte) random.nextInt(256);
                }
            }
        }
        answer[0] = query[0]; // the query's id, so the resolver reads the answer instead of waiting for another
        answer[1] = query[1];
        return answer;
    }
}
