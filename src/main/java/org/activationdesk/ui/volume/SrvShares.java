package org.activationdesk.ui.volume;

import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.volume.SrvRecord;

/**
 * Which SRV record a KMS client tries first, in words (RFC 2782, as Windows 7 and later follow it): the lowest
 * priority first; within it, at random in proportion to weight, a weight of 0 only rarely when others weigh more, and
 * evenly when all weigh 0. Stated as shares rather than drawn, so the screen shows what every client does.
 */
final class SrvShares {

    private SrvShares() {
    }

    /** One sentence per record, in the records' order. */
    static List<String> describe(List<SrvRecord> records, Messages m) {
        List<String> texts = new ArrayList<>();
        List<SrvRecord> first = firstGroup(records);
        long total = first.stream().mapToLong(SrvRecord::weight).sum();
        for (SrvRecord record : records) {
            if (record.isNoService()) {
                texts.add(m.get("volume.srv.choice.none"));
            } else if (!first.contains(record)) {
                texts.add(m.get("volume.srv.choice.backup"));
            } else if (first.size() == 1) {
                texts.add(m.get("volume.srv.choice.always"));
            } else if (total == 0) {
                texts.add(m.get("volume.srv.choice.share", percent(1, first.size())));
            } else if (record.weight() == 0) {
                texts.add(m.get("volume.srv.choice.rarely"));
            } else {
                texts.add(m.get("volume.srv.choice.share", percent(record.weight(), total)));
            }
        }
        return texts;
    }

    /** Whether a client may try this record first at all. */
    static boolean isFirstChoice(List<SrvRecord> records, SrvRecord record) {
        return firstGroup(records).contains(record);
    }

    /** The usable records of the lowest priority. */
    private static List<SrvRecord> firstGroup(List<SrvRecord> records) {
        int lowest = records.stream().filter(r -> !r.isNoService()).mapToInt(SrvRecord::priority).min().orElse(-1);
        return records.stream().filter(r -> !r.isNoService() && r.priority() == lowest).toList();
    }

    /** Whole percent, as text: MessageFormat would format a number by locale. */
    private static String percent(long part, long whole) {
        return Long.toString(Math.round(100.0 * part / whole));
    }
}
