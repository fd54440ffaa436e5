package org.activationdesk.core.errors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the error code in text as people meet it: typed ({@code c004fc07}), in any notation
 * ({@code 0xC004FC07}, {@code -1073415161}, {@code 3221552135}), in full-width characters, or pasted with the
 * sentence around it from an error dialog, slmgr or an event log.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>The text is NFKC-normalized first, so {@code ０ｘＣ００４…} and the ideographic space read as ASCII.</li>
 * <li><b>{@code 0x} and exactly eight hex digits</b>; spaces between the prefix and the digits and between
 * digit groups are allowed ({@code 0x C004 FC07}), a C suffix {@code L}/{@code UL} is ignored. The first
 * such code in the text wins.</li>
 * <li>Else the first <b>eight hex digits without prefix</b> forming a word of their own, when the value has
 * severity bits (first digit {@code 4}..{@code F}): {@code C004FC07}, {@code 80070005}. A word joined to
 * others by hyphens is skipped, so GUIDs in slmgr output ({@code 7dc26449-db21-…}) and dates
 * ({@code 20240504}) are never taken for codes.</li>
 * <li>Else the first <b>decimal</b> that fits 32 bits (signed -2^31..2^31-1 or unsigned 0..2^32-1) and looks
 * like an HRESULT: at most -65536 ({@code -1073418124}) or at least 0x40000000 ({@code 3221552135}, and
 * the informational {@code 0x4004…} codes, which are positive). A minus is a sign only where it does not
 * join two words, so {@code 2024-05-04} holds no negative number.</li>
 * </ol>
 * Smaller decimals ({@code 9003}, {@code 12345}, Installation ID groups) are plain numbers: they may be Win32
 * error numbers, but which HRESULT they stand for is not guessed.
 */
public final class HresultParser {

    /** An HRESULT has exactly this many hex digits. */
    private static final int HEX_DIGITS = 8;
    /** More digits than this cannot fit 32 bits; keeps {@link Long#parseLong} safe on long digit runs. */
    private static final int MAX_DECIMAL_DIGITS = 10;
    /** Below this (unsigned) the severity bits are zero: no failure and no informational code. */
    private static final long SEVERITY_BITS_START = 0x4000_0000L;
    /** Negative decimals nearer to zero than this are small numbers, not codes. */
    private static final long PLAIN_NUMBER_LIMIT = 0x1_0000L;
    private static final long UNSIGNED_MAX = 0xFFFF_FFFFL;

    private HresultParser() {
    }

    public static ParsedCode parse(String text) {
        if (text == null) {
            return new ParsedCode.NotACode(ParsedCode.Reason.EMPTY, "");
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2212', '-'); // MINUS SIGN, which NFKC leaves as it is
        if (normalized.isBlank()) {
            return new ParsedCode.NotACode(ParsedCode.Reason.EMPTY, "");
        }
        return new Scan(normalized).result();
    }

    /**
     * One pass over the text, word by word (a word is a run of ASCII letters and digits, so Japanese text
     * right next to a code separates it like a space does). Keeps the first candidate of each kind and the
     * first near miss of each kind.
     */
    private static final class Scan {

        private final String text;
        private Hresult prefixedHex;
        private Hresult bareHex;
        private Hresult decimal;
        private String badHex;
        private String outOfRange;
        private String plainNumber;

        Scan(String text) {
            this.text = text;
            int i = 0;
            while (i < text.length()) {
                i = startsWord(i) ? readWord(i) : i + 1;
            }
        }

        ParsedCode result() {
            Optional<Hresult> found = Optional.ofNullable(prefixedHex).or(() -> Optional.ofNullable(bareHex))
                    .or(() -> Optional.ofNullable(decimal));
            if (found.isPresent()) {
                return new ParsedCode.Found(found.get());
            }
            // The most specific near miss tells the user the most.
            if (badHex != null) {
                return new ParsedCode.NotACode(ParsedCode.Reason.HEX_LENGTH, badHex);
            }
            if (outOfRange != null) {
                return new ParsedCode.NotACode(ParsedCode.Reason.OUT_OF_RANGE, outOfRange);
            }
            if (plainNumber != null) {
                return new ParsedCode.NotACode(ParsedCode.Reason.PLAIN_NUMBER, plainNumber);
            }
            return new ParsedCode.NotACode(ParsedCode.Reason.NO_CODE, text.strip());
        }

        private boolean startsWord(int i) {
            return isWordChar(text.charAt(i)) && (i == 0 || !isWordChar(text.charAt(i - 1)));
        }

        /** Reads the word starting at {@code start}; returns where scanning goes on. */
        private int readWord(int start) {
            if (text.startsWith("0x", start) || text.startsWith("0X", start)) {
                return readPrefixedHex(start);
            }
            int end = wordEnd(start);
            String word = text.substring(start, end);
            if (isAllDigits(word)) {
                readDecimal(word, signAt(start));
            }
            if (bareHex == null && word.length() == HEX_DIGITS && isAllHex(word) && !signAt(start)
                    && !joinedByHyphen(start, end)) {
                long value = Long.parseLong(word, 16);
                if (value >= SEVERITY_BITS_START) {
                    bareHex = new Hresult((int) value);
                }
            }
            return end;
        }

        /**
         * {@code 0x} and its digit groups. Groups are taken only while they add up to at most eight digits, so a
         * hex-looking word after a complete code ({@code 0xC004FC07 add}) is left alone.
         */
        private int readPrefixedHex(int start) {
            StringBuilder digits = new StringBuilder();
            int consumed = start + 2;
            while (digits.length() < HEX_DIGITS) {
                int groupStart = skipSpaces(consumed);
                int groupEnd = wordEnd(groupStart);
                String group = withoutCSuffix(text.substring(groupStart, groupEnd), digits.length());
                boolean fits = !group.isEmpty() && isAllHex(group) && digits.length() + group.length() <= HEX_DIGITS;
                if (!fits) {
                    if (digits.length() == 0 && groupStart == consumed) {
                        consumed = groupEnd; // "0xC004FC07FF", "0xZZ": the whole word is the bad code
                    }
                    break;
                }
                digits.append(group);
                consumed = groupEnd;
            }
            if (digits.length() == HEX_DIGITS) {
                if (prefixedHex == null) {
                    prefixedHex = new Hresult(Integer.parseUnsignedInt(digits.toString(), 16));
                }
            } else if (badHex == null) {
                badHex = text.substring(start, consumed);
            }
            return consumed;
        }

        /** {@code 0xC004F074L} as written in C headers: drops an L/UL suffix right after the eighth digit. */
        private static String withoutCSuffix(String group, int digitsBefore) {
            for (String suffix : new String[] {"UL", "L", "U"}) {
                int digits = group.length() - suffix.length();
                if (digitsBefore + digits == HEX_DIGITS && group.toUpperCase(Locale.ROOT).endsWith(suffix)) {
                    return group.substring(0, digits);
                }
            }
            return group;
        }

        private void readDecimal(String digits, boolean negative) {
            String shown = (negative ? "-" : "") + digits;
            String significant = digits.replaceFirst("^0+", "");
            long value = significant.length() > MAX_DECIMAL_DIGITS ? Long.MAX_VALUE
                    : significant.isEmpty() ? 0 : Long.parseLong(significant);
            if (negative) {
                value = value == Long.MAX_VALUE ? Long.MIN_VALUE : -value;
            }
            if (value < Integer.MIN_VALUE || value > UNSIGNED_MAX) {
                outOfRange = outOfRange == null ? shown : outOfRange;
            } else if (value <= -PLAIN_NUMBER_LIMIT || value >= SEVERITY_BITS_START) {
                decimal = decimal == null ? new Hresult((int) value) : decimal;
            } else {
                plainNumber = plainNumber == null ? shown : plainNumber;
            }
        }

        /** A minus right before the word that does not join it to a word before: {@code = -1073418124}. */
        private boolean signAt(int start) {
            return start >= 1 && text.charAt(start - 1) == '-' && (start == 1 || !isWordChar(text.charAt(start - 2)));
        }

        /** Part of a GUID, a product ID or a date: {@code 7dc26449-db21}, {@code 2024-05-04}. */
        private boolean joinedByHyphen(int start, int end) {
            boolean before = start >= 2 && text.charAt(start - 1) == '-' && isWordChar(text.charAt(start - 2));
            boolean after = end + 1 < text.length() && text.charAt(end) == '-' && isWordChar(text.charAt(end + 1));
            return before || after;
        }

        private int wordEnd(int start) {
            int end = start;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            return end;
        }

        /** Spaces and tabs only: a code is not continued on the next line. */
        private int skipSpaces(int i) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            return i;
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isAllDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isAllHex(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')
                || (c >= 'A' && c <= 'F'));
    }
}
