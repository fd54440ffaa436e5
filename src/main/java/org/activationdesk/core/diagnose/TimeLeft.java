package org.activationdesk.core.diagnose;

import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingProduct;

/** Grace or validity time in the overview's words: "12 days 5 hours". */
public final class TimeLeft {

    public static final long MINUTES_PER_DAY = 1440;

    private TimeLeft() {
    }

    /** Numbers go in as text: MessageFormat would group them ("1,234"). */
    public static Phrase of(long minutes) {
        return Phrase.of("overview.timeLeft.value", String.valueOf(minutes / MINUTES_PER_DAY),
                String.valueOf((minutes % MINUTES_PER_DAY) / 60));
    }

    /** A product's time left; none at all means no limit once activated, and nothing left before. */
    public static Phrase of(LicensingProduct product) {
        if (product.graceMinutes() == 0) {
            return Phrase.of(product.isActivated() ? "overview.timeLeft.unlimited" : "overview.timeLeft.none");
        }
        return of(product.graceMinutes());
    }
}
