package org.activationdesk.core.key;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.activationdesk.core.i18n.Messages;

/**
 * One finding about typed key input: a problem that makes it unusable as a key, or a note. Carries positions
 * and single characters, never the key.
 *
 * @param positions 1-based positions among the key's characters (hyphens and spaces not counted), may be empty
 * @param count     a number the text needs (how many characters were entered), or 0
 * @param character the offending character for {@link Code#INVALID_CHARACTER}, else null
 */
public record KeyIssue(Code code, List<Integer> positions, int count, String character) {

    public enum Code {
        /** Nothing that could be a key was entered. */
        EMPTY(Severity.UNUSABLE),
        /** Far more text than any key; not examined. */
        INPUT_TOO_LONG(Severity.UNUSABLE),
        WRONG_LENGTH(Severity.PROBLEM),
        INVALID_CHARACTER(Severity.PROBLEM),
        SEVERAL_N(Severity.PROBLEM),
        N_LAST(Severity.PROBLEM),
        BAD_CHECKSUM(Severity.PROBLEM),
        /** Full-width (IME) characters were turned into ordinary ones. */
        FULL_WIDTH_CONVERTED(Severity.NOTE),
        /** Quotes, brackets, a "Product key:" label or punctuation around the key were left out. */
        TEXT_AROUND_REMOVED(Severity.NOTE),
        /** Hyphens were present but did not make five groups of five. */
        UNUSUAL_GROUPING(Severity.NOTE),
        /** A key without N (Vista/7/2008 era): only length and alphabet can be checked offline. */
        LEGACY_FORMAT(Severity.NOTE),
        /** The upgrade bit or bit 114 is set, which no published key has. */
        UNUSUAL_BITS(Severity.NOTE);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        /** A problem: the input is not a valid key. */
        public boolean isProblem() {
            return severity != Severity.NOTE;
        }

        /** The input cannot even be examined as a key (nothing typed, or far too much). */
        public boolean isUnusable() {
            return severity == Severity.UNUSABLE;
        }
    }

    private enum Severity { UNUSABLE, PROBLEM, NOTE }

    public KeyIssue {
        Objects.requireNonNull(code, "code");
        positions = List.copyOf(positions);
    }

    static KeyIssue of(Code code) {
        return new KeyIssue(code, List.of(), 0, null);
    }

    static KeyIssue count(Code code, int count) {
        return new KeyIssue(code, List.of(), count, null);
    }

    static KeyIssue at(Code code, List<Integer> positions) {
        return new KeyIssue(code, positions, 0, null);
    }

    static KeyIssue invalidCharacter(int position, int codePoint) {
        return new KeyIssue(Code.INVALID_CHARACTER, List.of(position), 0, new String(Character.toChars(codePoint)));
    }

    /** For {@link Code#INVALID_CHARACTER}: which kind of character it is; else null. */
    public InvalidCharacterKind invalidKind() {
        return character == null ? null : InvalidCharacterKind.of(character.codePointAt(0));
    }

    /** The character as a reader can see it: itself if printable ASCII, else its code point as well. */
    public String visibleCharacter() {
        return character == null ? null : visible(character);
    }

    /** One character as a reader can see it: itself if printable ASCII, else with (or as) its code point. */
    public static String visible(String character) {
        int codePoint = character.codePointAt(0);
        if (codePoint > 0x20 && codePoint < 0x7F) {
            return character;
        }
        String code = String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
        int type = Character.getType(codePoint);
        boolean visible = !Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint)
                && type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && type != Character.NON_SPACING_MARK;
        return visible ? character + " (" + code + ")" : code;
    }

    /** One sentence for the user, in the language of {@code m}. */
    public String message(Messages m) {
        return switch (code) {
            case INPUT_TOO_LONG, WRONG_LENGTH -> m.get("key.issue." + code.name(), count);
            case INVALID_CHARACTER -> {
                int position = positions.get(0);
                yield m.get("key.issue." + code.name(), position, KeyAlphabet.groupOf(position),
                        KeyAlphabet.placeInGroup(position), visibleCharacter(),
                        m.of("key.invalidCharacter", invalidKind()));
            }
            case SEVERAL_N -> m.get("key.issue." + code.name(),
                    positions.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            default -> m.get("key.issue." + code.name());
        };
    }
}
