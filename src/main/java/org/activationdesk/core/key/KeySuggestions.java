package org.activationdesk.core.key;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Did you mean": for input that is wrong at exactly one position, the characters that would make the
 * checksum valid at that position, for the user to compare with the label or e-mail. This never completes,
 * repairs or invents a key: a suggestion names one position, the character typed there and one replacement, and
 * nothing is offered that the checksum (key-formats.md §1.5) does not confirm, so pkey2005 input and input of the
 * wrong length get none.
 *
 * <p>Which single position is tried:
 * <ul>
 * <li>one character outside the alphabet: that position, with the 24 digits, and {@code N} where the key has
 *     none yet and it is not the last position;</li>
 * <li>two {@code N}: each of the two positions, with the 24 digits;</li>
 * <li>a valid shape with a bad checksum: every position except the {@code N}, with the other 23 digits. About
 *     one in a thousand replacements passes a 10-bit check by chance, so besides the right one a few others may
 *     appear; that is why the user confirms against the original, and why the list is short.</li>
 * </ul>
 *
 * <p>Order: replacements that look like what was typed first (table below), then by position and alphabet; at
 * most {@link #MAX} are returned. The look-alike table is deliberately small: pairs that are confused on printed
 * labels and in handwriting, which helpdesk staff report. O/0 look like D and Q (the round letters keys do have);
 * I/1/L like 7, T and J (a stroke with a bar or hook); S/5 like 6 and 8; Z like 2 and 7; A like 4; E like F and 3;
 * U like V; and among valid characters B/8, G/6, D/Q, V/Y, 7/T, P/R, 3/8, C/G. It only orders the list; it never
 * adds a suggestion.
 */
public final class KeySuggestions {

    /** At most this many suggestions are shown. */
    public static final int MAX = 5;

    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry((int) 'O', "DQ"), Map.entry((int) '0', "DQ"),
            Map.entry((int) 'I', "7TJ"), Map.entry((int) '1', "7TJ"), Map.entry((int) 'L', "7TJ"),
            Map.entry((int) 'S', "68"), Map.entry((int) '5', "68"),
            Map.entry((int) 'Z', "27"), Map.entry((int) 'A', "4"), Map.entry((int) 'E', "F3"), Map.entry((int) 'U', "V"),
            Map.entry((int) 'B', "8"), Map.entry((int) '8', "B3"), Map.entry((int) 'G', "6C"), Map.entry((int) '6', "G"),
            Map.entry((int) 'D', "Q"), Map.entry((int) 'Q', "D"), Map.entry((int) 'V', "Y"), Map.entry((int) 'Y', "V"),
            Map.entry((int) '7', "T"), Map.entry((int) 'T', "7"), Map.entry((int) 'P', "R"), Map.entry((int) 'R', "P"),
            Map.entry((int) '3', "8"), Map.entry((int) 'C', "G"));

    /**
     * Replace the character at {@code position} (1-based, hyphens not counted) with {@code to}.
     *
     * @param from what was typed there (one character, possibly one that never occurs in keys)
     * @param to   a key character
     */
    public record Suggestion(int position, String from, String to) {

        public Suggestion {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (position < 1 || position > KeyAlphabet.LENGTH) {
                throw new IllegalArgumentException("position must be 1 to 25");
            }
        }

        /** Whether the replacement is in the look-alike table for what was typed. */
        public boolean looksAlike() {
            return LOOK_ALIKES.getOrDefault(from.codePointAt(0), "").contains(to);
        }
    }

    private KeySuggestions() {
    }

    /** Up to {@link #MAX} suggestions, best first; empty when no single position can be identified. */
    public static List<Suggestion> of(ProductKeyInput input) {
        List<Suggestion> all = all(input);
        return all.size() > MAX ? List.copyOf(all.subList(0, MAX)) : all;
    }

    /** Every suggestion, ordered; for tests that measure how often the cap hides the right one. */
    static List<Suggestion> all(ProductKeyInput input) {
        int[] cps = input.codePoints();
        if (cps.length != KeyAlphabet.LENGTH || input.checksum() == ChecksumState.OK) {
            return List.of();
        }
        List<Integer> invalid = new ArrayList<>();
        List<Integer> nAt = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == KeyAlphabet.N) {
                nAt.add(i);
            } else if (!KeyAlphabet.isDigit(cps[i])) {
                invalid.add(i);
            }
        }
        List<Suggestion> found = new ArrayList<>();
        if (invalid.size() == 1 && nAt.size() <= 1) {
            int at = invalid.get(0);
            boolean nAllowed = nAt.isEmpty() && at != KeyAlphabet.LENGTH - 1;
            tryPosition(cps, at, nAllowed, found);
        } else if (invalid.isEmpty() && nAt.size() == 2) {
            for (int at : nAt) {
                tryPosition(cps, at, false, found);
            }
        } else if (invalid.isEmpty() && nAt.size() == 1 && input.checksum() == ChecksumState.BAD) {
            for (int at = 0; at < cps.length; at++) {
                if (at != nAt.get(0)) {
                    tryPosition(cps, at, false, found);
                }
            }
        }
        found.sort(Comparator.comparing((Suggestion s) -> !s.looksAlike()).thenComparingInt(Suggestion::position)
                .thenComparing(s -> order(s.to())));
        return List.copyOf(found);
    }

    private static int order(String to) {
        int value = KeyAlphabet.value(to.codePointAt(0));
        return value >= 0 ? value : KeyAlphabet.DIGITS.length();
    }

    /** Tries every digit (and N when allowed) at one zero-based position; keeps those the checksum accepts. */
    private static void tryPosition(int[] cps, int at, boolean nAllowed, List<Suggestion> found) {
        char[] candidate = new char[cps.length];
        for (int i = 0; i < cps.length; i++) {
            candidate[i] = (char) cps[i]; // all other positions are key characters (ASCII)
        }
        String from = new String(Character.toChars(cps[at]));
        String replacements = KeyAlphabet.DIGITS + (nAllowed ? String.valueOf(KeyAlphabet.N) : "");
        for (int r = 0; r < replacements.length(); r++) {
            char to = replacements.charAt(r);
            if (to == cps[at]) {
                continue;
            }
            candidate[at] = to;
            if (checkable(candidate) && Pkey2009.checksumOk(new String(candidate))) {
                found.add(new Suggestion(at + 1, from, String.valueOf(to)));
            }
        }
    }

    /** Exactly one N, not last: only then does a checksum exist to confirm a replacement. */
    private static boolean checkable(char[] candidate) {
        int count = 0;
        for (char c : candidate) {
            if (c == KeyAlphabet.N) {
                count++;
            }
        }
        return count == 1 && candidate[candidate.length - 1] != KeyAlphabet.N;
    }
}
