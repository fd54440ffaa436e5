package org.activationdesk.core.key;

/**
 * Why a character cannot be part of a key, grouped the way people mistype them. The texts only say what keys
 * never contain; a replacement is offered only through {@link KeySuggestions}, where the checksum decides.
 */
public enum InvalidCharacterKind {
    /** O and 0: neither occurs, so there is nothing to confuse. */
    O_OR_ZERO,
    /** I, L and 1. */
    ONE_I_OR_L,
    /** S and 5. */
    FIVE_OR_S,
    /** Z. */
    LETTER_Z,
    /** A, E and U. */
    VOWEL,
    /** Punctuation, symbols, letters of other scripts, control characters. */
    OTHER;

    public static InvalidCharacterKind of(int codePoint) {
        return switch (codePoint) {
            case 'O', '0' -> O_OR_ZERO;
            case 'I', 'L', '1' -> ONE_I_OR_L;
            case 'S', '5' -> FIVE_OR_S;
            case 'Z' -> LETTER_Z;
            case 'A', 'E', 'U' -> VOWEL;
            default -> OTHER;
        };
    }
}
