package org.activationdesk.core.key;

/**
 * The characters of a Windows product key (key-formats.md §1.2): 24 base-24 digits, value = index, plus the
 * letter {@code N}, which is no digit but marks a position (pkey2009). Never in any key: A E I L O S U Z 0 1 5.
 */
public final class KeyAlphabet {

    /** The 24 digits in value order: {@code B} = 0 … {@code 9} = 23. */
    public static final String DIGITS = "BCDFGHJKMPQRTVWXY2346789";
    /** The position marker of pkey2009 keys. */
    public static final char N = 'N';
    /** Characters in a key, without the four hyphens. */
    public static final int LENGTH = 25;
    /** Characters per group between hyphens. */
    public static final int GROUP = 5;

    private KeyAlphabet() {
    }

    /** The digit's value 0–23, or -1 for anything that is no digit (including {@code N}). */
    public static int value(int codePoint) {
        return codePoint < 128 ? DIGITS.indexOf(codePoint) : -1;
    }

    public static boolean isDigit(int codePoint) {
        return value(codePoint) >= 0;
    }

    /** A digit or the marker {@code N}. */
    public static boolean isKeyCharacter(int codePoint) {
        return codePoint == N || isDigit(codePoint);
    }

    /** 1-based group (1–5) of a 1-based position. */
    static int groupOf(int position) {
        return (position - 1) / GROUP + 1;
    }

    /** 1-based place (1–5) of a 1-based position inside its group. */
    static int placeInGroup(int position) {
        return (position - 1) % GROUP + 1;
    }
}
