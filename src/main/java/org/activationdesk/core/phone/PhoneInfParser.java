package org.activationdesk.core.phone;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads Windows' activation phone directory, {@code %SystemRoot%\System32\SPPUI\phone.inf}, at run time; no copy is
 * shipped. Its layout on current Windows is not documented (phone-rds-kms.md §3.2), so the reader assumes only INF
 * syntax: a byte-order mark or none (UTF-16LE is common), {@code [sections]}, {@code key = value} lines (or bare value
 * lines), {@code ;} comments, quoted strings, and {@code %tokens%} resolved from {@code [Strings]}. Where it finds the
 * XP-era shape ({@code [IsoCodes]} lines {@code ISO3,,,%Country%,toll-free,toll}) it lists the numbers by country;
 * otherwise the caller shows the text read-only with {@link PhoneInf#search}. Any input gives a result: nothing here
 * throws on a malformed file, and no number is ever made up or corrected.
 */
public final class PhoneInfParser {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
    /** More than this share of zero bytes in odd positions: UTF-16LE without a byte-order mark. */
    private static final double UTF16_ZERO_SHARE = 0.3;

    private PhoneInfParser() {
    }

    /** One line of a section, with {@code %tokens%} resolved; {@code key} is empty for a line without '='. */
    public record Entry(String key, String value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The numbers of one country in the XP-era shape; either number may be empty. */
    public record CountryNumbers(String isoCode, String country, String tollFree, String toll) {
    }

    /**
     * What was read.
     *
     * @param text      the whole file as text, for the read-only view
     * @param sections  entries by section name in lower case, in file order
     * @param countries numbers by country, empty when the file does not have the XP-era shape
     */
    public record PhoneInf(String text, Map<String, List<Entry>> sections, List<CountryNumbers> countries) {

        public PhoneInf {
            Objects.requireNonNull(text, "text");
            Map<String, List<Entry>> copy = new LinkedHashMap<>();
            sections.forEach((name, entries) -> copy.put(name, List.copyOf(entries)));
            sections = Collections.unmodifiableMap(copy);
            countries = List.copyOf(countries);
        }

        /** Whether numbers could be listed by country; if not, show {@link #text} with a search box. */
        public boolean recognized() {
            return !countries.isEmpty();
        }

        /** The lines of the file that contain the query, ignoring case, with their tokens resolved. */
        public List<String> search(String query) {
            String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
            if (needle.isEmpty()) {
                return List.of();
            }
            Map<String, String> strings = strings(sections);
            List<String> hits = new ArrayList<>();
            for (String line : text.split("\r\n|\r|\n")) {
                String resolved = substitute(line, strings);
                if (resolved.toLowerCase(Locale.ROOT).contains(needle)) {
                    hits.add(resolved.strip());
                }
            }
            return hits;
        }
    }

    public static PhoneInf parse(byte[] bytes) {
        return parse(decode(bytes == null ? new byte[0] : bytes));
    }

    public static PhoneInf parse(String text) {
        String content = text == null ? "" : text;
        Map<String, List<String>> rawSections = rawSections(content);
        Map<String, List<Entry>> unresolved = new LinkedHashMap<>();
        rawSections.forEach((name, lines) -> {
            List<Entry> entries = new ArrayList<>();
            lines.forEach(line -> entries.add(entry(line)));
            unresolved.put(name, entries);
        });
        Map<String, String> strings = strings(unresolved);
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        unresolved.forEach((name, entries) -> sections.put(name, entries.stream()
                .map(e -> name.equals("strings") ? e : new Entry(e.key(), substitute(e.value(), strings))).toList()));
        return new PhoneInf(content, sections, countries(rawSections.getOrDefault("isocodes", List.of()), strings));
    }

    /** Decodes by byte-order mark; without one, UTF-16LE if it looks like it, UTF-8 if valid, else Windows-1252. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        int zeros = 0;
        for (int i = 1; i < bytes.length; i += 2) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        if (bytes.length >= 4 && zeros > UTF16_ZERO_SHARE * (bytes.length / 2.0)) {
            return new String(bytes, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            Charset ansi = Charset.isSupported("windows-1252") ? Charset.forName("windows-1252")
                    : StandardCharsets.ISO_8859_1;
            return new String(bytes, ansi);
        }
    }

    /** Lines per section (lower-case name), comments removed, continuations joined; lines before any section dropped. */
    private static Map<String, List<String>> rawSections(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        StringBuilder pending = new StringBuilder();
        for (String physical : text.split("\r\n|\r|\n", -1)) {
            String line = pending + withoutComment(physical).strip();
            pending.setLength(0);
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1);
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.indexOf(']') > 0) {
                String name = line.substring(1, line.indexOf(']')).strip().toLowerCase(Locale.ROOT);
                current = sections.computeIfAbsent(name, n -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static Entry entry(String line) {
        int equals = indexOutsideQuotes(line, '=');
        if (equals < 0) {
            return new Entry("", unquote(line.strip()));
        }
        return new Entry(unquote(line.substring(0, equals).strip()), unquote(line.substring(equals + 1).strip()));
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** Removes the quotes of a quoted value; a doubled quote inside stands for one. */
    private static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    private static Map<String, String> strings(Map<String, List<Entry>> sections) {
        Map<String, String> strings = new HashMap<>();
        for (Entry e : sections.getOrDefault("strings", List.of())) {
            if (!e.key().isEmpty()) {
                strings.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e.value());
            }
        }
        return strings;
    }

    /** Replaces each {@code %token%} found in [Strings]; {@code %%} is a percent sign; anything else stays. */
    static String substitute(String text, Map<String, String> strings) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == '%' ? text.indexOf('%', i + 1) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String token = text.substring(i + 1, end);
            String value = token.isEmpty() ? "%" : strings.get(token.toLowerCase(Locale.ROOT));
            if (value == null) {
                out.append('%').append(token);
                i = end; // the closing % may open the next token
            } else {
                out.append(value);
                i = end + 1;
            }
        }
        return out.toString();
    }

    /** {@code ISO3,,,%Country%,toll-free,toll}: fields split first, so a country name may contain commas. */
    private static List<CountryNumbers> countries(List<String> lines, Map<String, String> strings) {
        List<CountryNumbers> countries = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = fields(line);
            if (fields.size() < 5 || !ISO_CODE.matcher(fields.get(0)).matches()) {
                continue;
            }
            countries.add(new CountryNumbers(fields.get(0), substitute(fields.get(3), strings).strip(),
                    substitute(fields.get(4), strings).strip(),
                    fields.size() > 5 ? substitute(fields.get(5), strings).strip() : ""));
        }
        return countries;
    }

    private static List<String> fields(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
