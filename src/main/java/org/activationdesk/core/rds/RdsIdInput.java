package org.activationdesk.core.rds;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a person typed or pasted for a license server ID or key pack ID, cleaned and checked (phone-rds-kms.md §8.1):
 * exactly 35 letters and digits once separators are gone. Side-effect free.
 *
 * <p>Cleaning only converts or removes, it never adds, reorders or guesses a character: full-width forms from a
 * Japanese IME become ordinary ones (one character each), lower case becomes upper case, and spaces, hyphens and
 * their look-alikes are dropped as separators. Anything else stays and is named as a problem with its position; an
 * O is never turned into a 0 or the reverse (which characters Microsoft uses is not documented, so both are accepted).
 */
public final class RdsIdInput {

    /** Longer input is not examined: no ID with separators and a label comes near it. */
    public static final int MAX_INPUT_LENGTH = 300;
    /** The length of a Product ID such as 00454-40000-00001-AA123 without its hyphens. */
    private static final int PRODUCT_ID_LENGTH = 20;
    /** The length of a product key or a retail CAL licence code. */
    private static final int TWENTY_FIVE = 25;
    /** Hyphen look-alikes that stay after NFKC (U+FE63 and U+FF0D become '-'; U+FF70 becomes U+30FC). */
    private static final String HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC";

    private final RdsIdKind kind;
    private final String cleaned;
    private final List<RdsIdIssue> problems;
    private final List<RdsIdIssue> notes;
    private final RdsId id;

    private RdsIdInput(RdsIdKind kind, String cleaned, List<RdsIdIssue> problems, List<RdsIdIssue> notes, RdsId id) {
        this.kind = kind;
        this.cleaned = cleaned;
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
        this.id = id;
    }

    /** Cleans and checks what was typed; {@code null} counts as nothing typed. */
    public static RdsIdInput of(RdsIdKind kind, String raw) {
        String text = raw == null ? "" : raw;
        List<RdsIdIssue> problems = new ArrayList<>();
        List<RdsIdIssue> notes = new ArrayList<>();
        if (text.length() > MAX_INPUT_LENGTH) {
            problems.add(RdsIdIssue.count(RdsIdIssue.Code.INPUT_TOO_LONG, text.length()));
            return new RdsIdInput(kind, "", problems, notes, null);
        }
        StringBuilder kept = new StringBuilder();
        List<Integer> groups = new ArrayList<>();
        int group = 0;
        boolean separated = false;
        boolean fullWidth = false;
        for (int cp : text.codePoints().toArray()) {
            fullWidth |= (cp >= 0xFF01 && cp <= 0xFF5E) || cp == 0x3000;
            int c = Character.toUpperCase(oneToOne(cp));
            if (isSeparator(c)) {
                separated = true;
                groups.add(group);
                group = 0;
            } else {
                kept.appendCodePoint(c);
                group++;
            }
        }
        groups.add(group);
        if (fullWidth) {
            notes.add(RdsIdIssue.of(RdsIdIssue.Code.FULL_WIDTH_CONVERTED));
        }
        String cleaned = kept.toString();
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length == 0) {
            problems.add(RdsIdIssue.of(RdsIdIssue.Code.EMPTY));
            return new RdsIdInput(kind, cleaned, problems, notes, null);
        }
        if (length != RdsId.LENGTH) {
            problems.add(RdsIdIssue.count(RdsIdIssue.Code.WRONG_LENGTH, length));
            if (length == PRODUCT_ID_LENGTH) {
                problems.add(RdsIdIssue.of(RdsIdIssue.Code.LOOKS_LIKE_PRODUCT_ID));
            } else if (length == TWENTY_FIVE) {
                problems.add(RdsIdIssue.of(RdsIdIssue.Code.LOOKS_LIKE_25_CHARACTER_CODE));
            }
        } else if (separated && !sevenGroupsOfFive(groups)) {
            notes.add(RdsIdIssue.of(RdsIdIssue.Code.UNUSUAL_GROUPING));
        }
        int position = 0;
        for (int cp : cleaned.codePoints().toArray()) {
            position++;
            if (!RdsId.isIdCharacter(cp)) {
                problems.add(RdsIdIssue.invalidCharacter(position, cp));
            }
        }
        RdsId id = problems.isEmpty() ? RdsId.of(kind, cleaned) : null;
        return new RdsIdInput(kind, cleaned, problems, notes, id);
    }

    /** A compatibility form that stands for exactly one character becomes that character (full-width A becomes A). */
    private static int oneToOne(int cp) {
        String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return compatible.codePointCount(0, compatible.length()) == 1 ? compatible.codePointAt(0) : cp;
    }

    /** Spaces of every kind, tabs, line breaks, invisible format characters, hyphens and their look-alikes. */
    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || HYPHENS.indexOf(cp) >= 0;
    }

    private static boolean sevenGroupsOfFive(List<Integer> groups) {
        List<Integer> nonEmpty = groups.stream().filter(g -> g > 0).toList();
        return nonEmpty.size() == RdsId.GROUPS && nonEmpty.stream().allMatch(g -> g == RdsId.GROUP_SIZE);
    }

    public RdsIdKind kind() {
        return kind;
    }

    /** The ID when the input is one. */
    public Optional<RdsId> id() {
        return Optional.ofNullable(id);
    }

    public boolean isValid() {
        return id != null;
    }

    /** Nothing entered yet: no mistake, just nothing to check. */
    public boolean isEmpty() {
        return problems.stream().anyMatch(p -> p.code() == RdsIdIssue.Code.EMPTY);
    }

    /** Problems in order (length first, then characters by position); empty when valid. */
    public List<RdsIdIssue> problems() {
        return problems;
    }

    /** Things worth knowing that do not make the input wrong. */
    public List<RdsIdIssue> notes() {
        return notes;
    }

    /** The characters kept after cleaning, wrong ones included, so they can be shown and compared. */
    public String cleaned() {
        return cleaned;
    }

    /** How many characters were kept. */
    public int length() {
        return cleaned.codePointCount(0, cleaned.length());
    }

    /** What was kept, in groups of five, for comparing with what Microsoft read out. */
    public List<String> groups() {
        return RdsId.groupsOf(cleaned);
    }
}
