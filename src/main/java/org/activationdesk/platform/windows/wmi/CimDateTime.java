package org.activationdesk.platform.windows.wmi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WMI's DATETIME text, {@code yyyymmddHHMMSS.mmmmmmsUUU} (s is + or -, UUU the offset from UTC in minutes), as WMI
 * hands it over in a string. The licensing service writes 1601-01-01 (the FILETIME epoch) for "no date".
 */
public final class CimDateTime {

    private static final Pattern FORMAT =
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})\\.(\\d{6})([+-])(\\d{3})");

    private CimDateTime() {
    }

    /**
     * @return the instant, or empty for the "no date" values (year 1601 or earlier, all zeros)
     * @throws IllegalArgumentException for anything else that is not a DATETIME (intervals and wildcards too)
     */
    public static Optional<Instant> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a CIM DATETIME: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year <= 1601) {
            return Optional.empty();
        }
        int offsetMinutes = Integer.parseInt(m.group(9)) * (m.group(8).equals("-") ? -1 : 1);
        try {
            LocalDateTime local = LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                    Integer.parseInt(m.group(7)) * 1000);
            return Optional.of(local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
        } catch (DateTimeException outOfRange) {
            throw new IllegalArgumentException("not a CIM DATETIME: " + text, outOfRange);
        }
    }

    /** The DATETIME text of an instant at a UTC offset (for tests and recorded answers). */
    public static String format(Instant instant, int offsetMinutes) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        return String.format(Locale.ROOT, "%04d%02d%02d%02d%02d%02d.%06d%s%03d", local.getYear(),
                local.getMonthValue(), local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond(),
                local.getNano() / 1000, offsetMinutes < 0 ? "-" : "+", Math.abs(offsetMinutes));
    }
}
