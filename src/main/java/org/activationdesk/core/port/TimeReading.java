package org.activationdesk.core.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * This computer's clock against one time source, both in UTC (time zones do not enter into it).
 *
 * @param source      what was asked, as it may be shown: {@code kms01.corp.example (NTP)},
 *                    {@code activation-v2.sls.microsoft.com (HTTPS Date)}
 * @param localTime   this computer's clock when the answer came
 * @param offset      this computer's clock minus the source's: positive when this computer is ahead; empty when the
 *                    source did not tell
 * @param uncertainty how far the offset may be off (network delay, a Date header's whole seconds)
 * @param unknown     why the source did not tell; present exactly when the offset is empty
 */
public record TimeReading(String source, Instant localTime, Optional<Duration> offset, Duration uncertainty,
                          Optional<UnknownFact> unknown) {

    public TimeReading {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(localTime, "localTime");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(uncertainty, "uncertainty");
        Objects.requireNonNull(unknown, "unknown");
        if (offset.isPresent() == unknown.isPresent()) {
            throw new IllegalArgumentException("a time reading has an offset or a reason why not, never both");
        }
        if (uncertainty.isNegative()) {
            throw new IllegalArgumentException("uncertainty must not be negative");
        }
    }

    public static TimeReading measured(String source, Instant localTime, Duration offset, Duration uncertainty) {
        return new TimeReading(source, localTime, Optional.of(offset), uncertainty, Optional.empty());
    }

    public static TimeReading unknown(String source, Instant localTime, UnknownFact why) {
        return new TimeReading(source, localTime, Optional.empty(), Duration.ZERO, Optional.of(why));
    }
}
