package org.activationdesk.core.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SrvChoiceTest {

    private static SrvRecord srv(String target, int priority, int weight) {
        return new SrvRecord(target, 1688, priority, weight, 3600);
    }

    @Test
    void theLowestPriorityWinsWhateverItsWeight() {
        List<SrvRecord> records = List.of(srv("b", 10, 1000), srv("a", 0, 0), srv("c", 5, 1000));

        for (long seed = 0; seed < 200; seed++) {
            assertThat(SrvChoice.pick(records, new Random(seed))).map(SrvRecord::target).contains("a");
            assertThat(SrvChoice.order(records, new Random(seed))).extracting(SrvRecord::target)
                    .containsExactly("a", "c", "b");
        }
    }

    @Test
    void theSameRandomGivesTheSameChoice() {
        List<SrvRecord> records = List.of(srv("a", 0, 10), srv("b", 0, 20), srv("c", 0, 30));

        assertThat(SrvChoice.order(records, new Random(42))).isEqualTo(SrvChoice.order(records, new Random(42)));
    }

    @Test
    void amongEqualPrioritiesTheShareFollowsTheWeight() {
        List<SrvRecord> records = List.of(srv("light", 0, 10), srv("heavy", 0, 30));
        Random random = new Random(0x5EED);
        Map<String, Integer> picked = new HashMap<>();
        int draws = 40_000;
        for (int i = 0; i < draws; i++) {
            picked.merge(SrvChoice.pick(records, random).orElseThrow().target(), 1, Integer::sum);
        }
        // RFC 2782 draws from 0..40: "light" takes 0..10 (11 of 41), "heavy" 11..40 (30 of 41).
        assertThat(picked.get("light") / (double) draws).isBetween(11 / 41.0 - 0.02, 11 / 41.0 + 0.02);
    }

    @Test
    void zeroWeightsShareEvenlyAndZeroIsRareBesideWeights() {
        Random random = new Random(7);
        Map<String, Integer> even = new HashMap<>();
        for (int i = 0; i < 30_000; i++) {
            even.merge(SrvChoice.pick(List.of(srv("a", 0, 0), srv("b", 0, 0), srv("c", 0, 0)), random)
                    .orElseThrow().target(), 1, Integer::sum);
        }
        assertThat(even.values()).allSatisfy(n -> assertThat(n).isBetween(9_000, 11_000));

        int zeroPicked = 0;
        for (int i = 0; i < 10_000; i++) {
            if (SrvChoice.pick(List.of(srv("heavy", 0, 1000), srv("zero", 0, 0)), random).orElseThrow().target()
                    .equals("zero")) {
                zeroPicked++;
            }
        }
        assertThat(zeroPicked).isBetween(1, 60); // about 1 in 1001
    }

    @Test
    void noServiceTargetsAreNeverPicked() {
        assertThat(SrvChoice.pick(List.of(srv(".", 0, 0)), new Random(1))).isEmpty();
        assertThat(SrvChoice.pick(List.of(), new Random(1))).isEmpty();
        assertThat(SrvChoice.pick(List.of(srv(".", 0, 0), srv("kms", 1, 0)), new Random(1)))
                .map(SrvRecord::target).contains("kms");
    }

    /** Any set of records: the order is a permutation of the usable ones and never raises a priority back. */
    @Test
    void randomRecordSetsGiveAValidOrder() {
        long seed = 0x2782L;
        Random random = new Random(seed);
        for (int round = 0; round < 5_000; round++) {
            List<SrvRecord> records = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                records.add(srv(random.nextInt(10) == 0 ? "." : "h" + i, random.nextInt(3),
                        random.nextInt(4) == 0 ? 0 : random.nextInt(65536)));
            }
            List<SrvRecord> order = SrvChoice.order(records, random);
            assertThat(order).as("seed %d round %d", seed, round)
                    .containsExactlyInAnyOrderElementsOf(records.stream().filter(r -> !r.isNoService()).toList());
            for (int i = 1; i < order.size(); i++) {
                assertThat(order.get(i).priority()).isGreaterThanOrEqualTo(order.get(i - 1).priority());
            }
        }
    }

    @Test
    void recordsCheckTheirFields() {
        assertThat(new SrvRecord("KMS01.Corp.Example.", 1688, 0, 0, 0).target()).isEqualTo("kms01.corp.example");
        assertThatThrownBy(() -> new SrvRecord("kms", 70000, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SrvRecord("kms", 1688, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SrvRecord(" ", 1688, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
