package org.activationdesk.core.diagnose;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.RdsActivationStatus;

/** One piece of evidence: a typed value under a known key. */
public record Fact(FactKey key, Object value) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (!key.type().isInstance(value)) {
            throw new IllegalArgumentException(key + " holds a " + key.type().getSimpleName() + ", not "
                    + value.getClass().getSimpleName());
        }
    }

    /** The value as a reader sees it: enums in words, yes/no, dates in UTC, numbers without grouping. */
    public String display(Messages m) {
        if (value instanceof LicenseStatus status) {
            return m.of("licenseStatus", status);
        }
        if (value instanceof Channel channel) {
            return m.of("channel", channel);
        }
        if (value instanceof DomainRole role) {
            return m.of("domainRole", role);
        }
        if (value instanceof RdsActivationStatus status) {
            return m.of("rdsStatus", status);
        }
        if (value instanceof Boolean yes) {
            return m.get(yes ? "diagnose.value.yes" : "diagnose.value.no");
        }
        if (value instanceof Instant instant) {
            return formatTime(instant);
        }
        return String.valueOf(value);
    }

    /** A moment as reports show it: {@code 2026-11-02 09:00 UTC}, the same in every language and time zone. */
    public static String formatTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
