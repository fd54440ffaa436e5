package org.activationdesk.core.key;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed or pasted into a key field, cleaned and checked offline in the order of key-formats.md §7:
 * normalise, length, alphabet, the rules for {@code N}, checksum. Side-effect free; nothing is contacted.
 *
 * <p>Cleaning only ever removes or converts what is there, it never adds or guesses a character:
 * <ul>
 * <li>compatibility forms that stand for one character become that character (NFKC: full-width {@code Ｗ２６９Ｎ}
 *     from Japanese IMEs), then upper case, one character at a time so no character ever turns into two
 *     ({@link Character#toUpperCase(int)} does not depend on the locale, so there is no Turkish i);</li>
 * <li>spaces, tabs, line breaks, no-break spaces and invisible format characters are dropped;</li>
 * <li>the ASCII hyphen and its look-alikes (U+2010–U+2015, U+2212, U+30FC, U+FF70, U+FE63, U+FF0D) separate
 *     groups and are dropped;</li>
 * <li>around the key, quotes, brackets, list bullets, a {@code Product key:} / {@code プロダクト キー:} label and
 *     trailing punctuation from e-mails are left out.</li>
 * </ul>
 * O, 0, I, 1 and the like are never replaced: they are reported, and {@link KeySuggestions} may offer the
 * characters the checksum allows at that one position, for the user to confirm against the label.
 *
 * <p>{@link #toString()} is masked.
 */
public final class ProductKeyInput {

    /** Longer input is not examined: no key, label and e-mail clutter together come near it. */
    public static final int MAX_INPUT_LENGTH = 500;

    /** Characters left out at either end of the input: quotes, brackets, bullets, punctuation. */
    private static final String JUNK_AROUND = "\"'`\u201C\u201D\u2018\u2019\u201E\u201A\u00AB\u00BB\u2039\u203A"
            + "\u300C\u300D\u300E\u300F\u3010\u3011\u3014\u3015\u3008\u3009\u300A\u300B()[]{}<>"
            + ".,;:!?\u3002\u3001\u30FB\u2022\u00B7|";
    /** Hyphen look-alikes that NFKC keeps (U+FE63, U+FF0D and U+FF70 are mapped by NFKC to '-' and U+30FC). */
    private static final String HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFE63\uFF0D";
    /**
     * A label before the key. Every word in it holds a letter that never occurs in keys (O, U, E, I, A) or is
     * Japanese, so removing it can never remove a key character.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?:WINDOWS\\s*(?:SERVER\\s*)?(?:\\d+(?:\\s*R2)?\\s*)?)?"
                    + "(?:PRODUCT\\s*KEY|LICENSE\\s*KEY|KEY"
                    + "|\u30D7\u30ED\u30C0\u30AF\u30C8[\\s\u30FB]*\u30AD\u30FC"   // プロダクト キー
                    + "|\u88FD\u54C1\\s*\u30AD\u30FC"                               // 製品キー
                    + "|\u30E9\u30A4\u30BB\u30F3\u30B9\\s*\u30AD\u30FC)"            // ライセンス キー
                    + "\\s*(?:[:=]|\\s|$)");

    private final int[] codePoints;
    private final List<KeyIssue> problems;
    private final List<KeyIssue> notes;
    private final KeyFormat format;
    private final ChecksumState checksum;
    private final ProductKey key;
    private final Pkey2009.Decoded decoded;

    private ProductKeyInput(int[] codePoints, List<KeyIssue> problems, List<KeyIssue> notes, KeyFormat format,
                            ChecksumState checksum, ProductKey key, Pkey2009.Decoded decoded) {
        this.codePoints = codePoints;
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
        this.format = format;
        this.checksum = checksum;
        this.key = key;
        this.decoded = decoded;
    }

    /** Cleans and checks what was typed; {@code null} counts as nothing typed. */
    public static ProductKeyInput of(String raw) {
        String text = raw == null ? "" : raw;
        List<KeyIssue> problems = new ArrayList<>();
        List<KeyIssue> notes = new ArrayList<>();
        if (text.length() > MAX_INPUT_LENGTH) {
            problems.add(KeyIssue.count(KeyIssue.Code.INPUT_TOO_LONG, text.length()));
            return new ProductKeyInput(new int[0], problems, notes, KeyFormat.UNKNOWN, ChecksumState.NOT_APPLICABLE,
                    null, null);
        }
        String converted = convert(text);
        if (hasFullWidth(text)) {
            notes.add(KeyIssue.of(KeyIssue.Code.FULL_WIDTH_CONVERTED));
        }
        String inner = stripAround(converted);
        if (!inner.equals(trimInvisible(converted))) {
            notes.add(KeyIssue.of(KeyIssue.Code.TEXT_AROUND_REMOVED));
        }

        List<Integer> characters = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        boolean hyphens = false;
        int group = 0;
        for (int cp : inner.codePoints().toArray()) {
            if (isInvisible(cp)) {
                continue;
            }
            if (HYPHENS.indexOf(cp) >= 0) {
                hyphens = true;
                groups.add(group);
                group = 0;
                continue;
            }
            characters.add(cp);
            group++;
        }
        groups.add(group);
        int[] cps = characters.stream().mapToInt(Integer::intValue).toArray();
        return check(cps, hyphens && !fiveGroupsOfFive(groups), problems, notes);
    }

    private static ProductKeyInput check(int[] cps, boolean oddGrouping, List<KeyIssue> problems,
                                         List<KeyIssue> notes) {
        if (cps.length == 0) {
            problems.add(KeyIssue.of(KeyIssue.Code.EMPTY));
            return new ProductKeyInput(cps, problems, notes, KeyFormat.UNKNOWN, ChecksumState.NOT_APPLICABLE, null,
                    null);
        }
        boolean rightLength = cps.length == KeyAlphabet.LENGTH;
        if (!rightLength) {
            problems.add(KeyIssue.count(KeyIssue.Code.WRONG_LENGTH, cps.length));
        } else if (oddGrouping) {
            notes.add(KeyIssue.of(KeyIssue.Code.UNUSUAL_GROUPING));
        }
        List<Integer> nPositions = new ArrayList<>();
        boolean alphabetOk = true;
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == KeyAlphabet.N) {
                nPositions.add(i + 1);
            } else if (!KeyAlphabet.isDigit(cps[i])) {
                problems.add(KeyIssue.invalidCharacter(i + 1, cps[i]));
                alphabetOk = false;
            }
        }
        if (nPositions.size() > 1) {
            problems.add(KeyIssue.at(KeyIssue.Code.SEVERAL_N, nPositions));
        } else if (rightLength && nPositions.equals(List.of(KeyAlphabet.LENGTH))) {
            problems.add(KeyIssue.of(KeyIssue.Code.N_LAST));
        }
        if (!problems.isEmpty() || !alphabetOk) {
            return new ProductKeyInput(cps, problems, notes, KeyFormat.UNKNOWN, ChecksumState.NOT_APPLICABLE, null,
                    null);
        }
        ProductKey shaped = ProductKey.of(new String(cps, 0, cps.length));
        if (shaped.format() == KeyFormat.PKEY2005) {
            notes.add(KeyIssue.of(KeyIssue.Code.LEGACY_FORMAT));
            return new ProductKeyInput(cps, problems, notes, KeyFormat.PKEY2005, ChecksumState.NOT_APPLICABLE, shaped,
                    null);
        }
        Pkey2009.Decoded decoded = Pkey2009.decode(shaped);
        if (!decoded.checksumOk()) {
            problems.add(KeyIssue.of(KeyIssue.Code.BAD_CHECKSUM));
            return new ProductKeyInput(cps, problems, notes, KeyFormat.PKEY2009, ChecksumState.BAD, null, null);
        }
        if (decoded.upgradeBit() || decoded.extraBit()) {
            notes.add(KeyIssue.of(KeyIssue.Code.UNUSUAL_BITS));
        }
        return new ProductKeyInput(cps, problems, notes, KeyFormat.PKEY2009, ChecksumState.OK, shaped, decoded);
    }

    /** NFKC where it maps one character to exactly one, upper case per character, then NFC to join marks. */
    private static String convert(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            String compatible = Normalizer.normalize(one, Normalizer.Form.NFKC);
            int mapped = compatible.codePointCount(0, compatible.length()) == 1 ? compatible.codePointAt(0) : cp;
            out.appendCodePoint(Character.toUpperCase(mapped));
        });
        // Joins a base and its mark that became separate (half-width ﾌﾟ), so a label is recognised; only
        // characters that are no key characters are affected.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean hasFullWidth(String text) {
        return text.codePoints().anyMatch(cp -> (cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000);
    }

    /** Leaves out quotes, brackets, bullets, a label and punctuation at both ends, until nothing changes. */
    private static String stripAround(String text) {
        String s = trimInvisible(text);
        while (true) {
            String before = s;
            s = trimInvisible(s);
            while (!s.isEmpty() && JUNK_AROUND.indexOf(s.codePointAt(0)) >= 0) {
                s = trimInvisible(s.substring(Character.charCount(s.codePointAt(0))));
            }
            Matcher label = LABEL.matcher(s);
            if (label.lookingAt()) {
                s = s.substring(label.end());
            }
            while (!s.isEmpty() && JUNK_AROUND.indexOf(s.codePointBefore(s.length())) >= 0) {
                s = trimInvisible(s.substring(0, s.length() - Character.charCount(s.codePointBefore(s.length()))));
            }
            if (s.equals(before)) {
                return s;
            }
        }
    }

    /** The text with invisible characters at both ends removed; inside, they stay until the walk drops them. */
    private static String trimInvisible(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isInvisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isInvisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Spaces of every kind, tabs, line breaks and format characters (zero-width space, BOM, soft hyphen). */
    private static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    private static boolean fiveGroupsOfFive(List<Integer> groups) {
        List<Integer> trimmed = new ArrayList<>(groups);
        while (!trimmed.isEmpty() && trimmed.get(0) == 0) {
            trimmed.remove(0);
        }
        while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1) == 0) {
            trimmed.remove(trimmed.size() - 1);
        }
        return trimmed.equals(List.of(5, 5, 5, 5, 5));
    }

    /** Valid: no problem at all. A pkey2005 key is valid as far as can be told offline (see its note). */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Nothing that can be examined as a key: empty, or far too long. */
    public boolean isUnusable() {
        return problems.stream().anyMatch(p -> p.code().isUnusable());
    }

    /** The key, when the input is valid. */
    public Optional<ProductKey> key() {
        return Optional.ofNullable(key);
    }

    /** What a valid pkey2009 key encodes. */
    public Optional<Pkey2009.Decoded> decoded() {
        return Optional.ofNullable(decoded);
    }

    public KeyFormat format() {
        return format;
    }

    public ChecksumState checksum() {
        return checksum;
    }

    /** Problems, in order of position; empty when valid. */
    public List<KeyIssue> problems() {
        return problems;
    }

    /** Things worth knowing that do not make the key invalid. */
    public List<KeyIssue> notes() {
        return notes;
    }

    /** How many characters remain after cleaning. */
    public int length() {
        return codePoints.length;
    }

    /** The cleaned input masked: a key's last group, or nothing readable for a short entry. */
    public String masked() {
        return key != null ? key.masked() : KeyMask.maskTyped(new String(codePoints, 0, codePoints.length));
    }

    /** Single-position corrections the checksum allows; see {@link KeySuggestions}. */
    public List<KeySuggestions.Suggestion> suggestions() {
        return KeySuggestions.of(this);
    }

    /**
     * The cleaned input with one suggestion taken, in groups of five, to put back into the entry field after the
     * user confirmed it against the label. The only place a suggestion becomes text; it changes one character.
     */
    public String withSuggestion(KeySuggestions.Suggestion suggestion) {
        int index = suggestion.position() - 1;
        if (index >= codePoints.length || !new String(Character.toChars(codePoints[index])).equals(suggestion.from())) {
            throw new IllegalArgumentException("the suggestion does not belong to this input");
        }
        int[] changed = codePoints.clone();
        changed[index] = suggestion.to().codePointAt(0);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < changed.length; i++) {
            if (i > 0 && i % 5 == 0) {
                grouped.append('-');
            }
            grouped.appendCodePoint(changed[i]);
        }
        return grouped.toString();
    }

    int[] codePoints() {
        return codePoints.clone();
    }

    @Override
    public String toString() {
        return "ProductKeyInput[" + masked() + ", " + format.id() + ", checksum " + checksum.id() + ", problems "
                + problems.stream().map(p -> p.code().name()).toList() + "]";
    }
}
