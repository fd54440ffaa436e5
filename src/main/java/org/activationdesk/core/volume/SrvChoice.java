package org.activationdesk.core.volume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The host a KMS client picks from SRV records, by RFC 2782: the lowest priority first; among records of that
 * priority, one at random with a chance in proportion to its weight (a record of weight 0 only rarely; when all
 * weigh 0, any one evenly). Windows 7 and later honour priority and weight this way (phone-rds-kms.md §6).
 * The {@link Random} is passed in so that a test can fix the outcome.
 */
public final class SrvChoice {

    private SrvChoice() {
    }

    /** The record a client tries first, or empty when there is none to try. */
    public static Optional<SrvRecord> pick(List<SrvRecord> records, Random random) {
        List<SrvRecord> order = order(records, random);
        return order.isEmpty() ? Optional.empty() : Optional.of(order.get(0));
    }

    /**
     * Every usable record in the order a client would try them when each one before fails. Records whose target
     * is "." are left out.
     */
    public static List<SrvRecord> order(List<SrvRecord> records, Random random) {
        List<SrvRecord> usable = new ArrayList<>(records.stream().filter(r -> !r.isNoService()).toList());
        // Stable sort: within one priority the order the server gave stays, so the draw below is repeatable.
        usable.sort(Comparator.comparingInt(SrvRecord::priority));
        List<SrvRecord> ordered = new ArrayList<>(usable.size());
        int start = 0;
        while (start < usable.size()) {
            int end = start;
            while (end < usable.size() && usable.get(end).priority() == usable.get(start).priority()) {
                end++;
            }
            ordered.addAll(byWeight(new ArrayList<>(usable.subList(start, end)), random));
            start = end;
        }
        return ordered;
    }

    /** The RFC 2782 selection within one priority, repeated until every record is placed. */
    private static List<SrvRecord> byWeight(List<SrvRecord> group, Random random) {
        // RFC 2782: records of weight 0 first, so they have a very small chance of being picked.
        group.sort(Comparator.comparing(r -> r.weight() != 0));
        List<SrvRecord> ordered = new ArrayList<>(group.size());
        while (!group.isEmpty()) {
            long total = group.stream().mapToLong(SrvRecord::weight).sum();
            ordered.add(group.remove(total == 0 ? random.nextInt(group.size()) : drawn(group, total, random)));
        }
        return ordered;
    }

    /** RFC 2782: a number from 0 to the sum of weights; the first record whose running sum reaches it. */
    private static int drawn(List<SrvRecord> group, long total, Random random) {
        long draw = (long) (random.nextDouble() * (total + 1)); // nextDouble() < 1, so at most total
        long running = 0;
        for (int i = 0; i < group.size(); i++) {
            running += group.get(i).weight();
            if (running >= draw) {
                return i;
            }
        }
        return group.size() - 1;
    }
}
