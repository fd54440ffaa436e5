package org.activationdesk.core.rds;

import java.util.Objects;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyIssue;

/**
 * One finding about a typed license server ID or key pack ID. Carries a position and a single character, never more
 * of the input.
 *
 * @param position  1-based position among the ID's characters (separators not counted), or 0
 * @param count     how many characters were entered, for length problems, else 0
 * @param character the offending character for {@link Code#INVALID_CHARACTER}, else null
 */
public record RdsIdIssue(Code code, int position, int count, String character) {

    public enum Code {
        /** Nothing was entered. */
        EMPTY(true),
        /** Far more text than any ID; not examined. */
        INPUT_TOO_LONG(true),
        WRONG_LENGTH(true),
        INVALID_CHARACTER(true),
        /** Twenty characters: most likely the server's Product ID, which goes to Microsoft rather than coming back. */
        LOOKS_LIKE_PRODUCT_ID(true),
        /** Twenty-five characters: a product key or a retail CAL licence code, not this ID. */
        LOOKS_LIKE_25_CHARACTER_CODE(true),
        /** Full-width (IME) characters were turned into ordinary ones. */
        FULL_WIDTH_CONVERTED(false),
        /** Separators were present but did not make seven groups of five. */
        UNUSUAL_GROUPING(false);

        private final boolean problem;

        Code(boolean problem) {
            this.problem = problem;
        }

        public boolean isProblem() {
            return problem;
        }
    }

    public RdsIdIssue {
        Objects.requireNonNull(code, "code");
    }

    static RdsIdIssue of(Code code) {
        return new RdsIdIssue(code, 0, 0, null);
    }

    static RdsIdIssue count(Code code, int count) {
        return new RdsIdIssue(code, 0, count, null);
    }

    static RdsIdIssue invalidCharacter(int position, int codePoint) {
        return new RdsIdIssue(Code.INVALID_CHARACTER, position, 0, new String(Character.toChars(codePoint)));
    }

    /** One sentence for the user about an ID of this kind, in the language of {@code m}. */
    public String message(Messages m, RdsIdKind kind) {
        String name = m.of("rds.id.kind", kind);
        return switch (code) {
            case INPUT_TOO_LONG, WRONG_LENGTH -> m.get("rds.id.issue." + code.name(), name, String.valueOf(count));
            case INVALID_CHARACTER -> m.get("rds.id.issue." + code.name(), String.valueOf(position),
                    String.valueOf((position - 1) / RdsId.GROUP_SIZE + 1),
                    String.valueOf((position - 1) % RdsId.GROUP_SIZE + 1), KeyIssue.visible(character));
            default -> m.get("rds.id.issue." + code.name(), name);
        };
    }
}
