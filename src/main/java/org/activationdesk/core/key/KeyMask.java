package org.activationdesk.core.key;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product keys as they may be shown anywhere outside the entry field: only the last group is readable,
 * the way Windows itself shows the partial key ({@code *****-*****-*****-*****-T83GX}).
 */
public final class KeyMask {

    private static final String HIDDEN_GROUPS = "*****-*****-*****-*****-";
    private static final Pattern LAST_GROUP = Pattern.compile("[0-9A-Z]{5}");
    /** Anything shaped like a whole key: five groups of five letters or digits, with or without separators. */
    private static final Pattern KEY_LIKE = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-Za-z]{5}(?:[-\\s]?[0-9A-Za-z]{5}){3}[-\\s]?([0-9A-Za-z]{5})(?![0-9A-Za-z])");

    private KeyMask() {
    }

    /** {@code *****-*****-*****-*****-T83GX} from the partial key {@code T83GX}. */
    public static String fromPartialKey(String partialKey) {
        if (partialKey == null || !LAST_GROUP.matcher(partialKey).matches()) {
            throw new IllegalArgumentException("a partial key is the last five characters of a key");
        }
        return HIDDEN_GROUPS + partialKey;
    }

    /** The masked form of a whole key. */
    public static String mask(ProductKey key) {
        return HIDDEN_GROUPS + key.lastGroup();
    }

    /**
     * A masked form of whatever was typed, for input that is not (yet) a key: only the last five characters
     * are shown, and only when at least 20 came before them, so a short or partial entry is never revealed.
     */
    public static String maskTyped(String characters) {
        int[] codePoints = characters.codePoints().toArray();
        int visible = codePoints.length >= KeyAlphabet.LENGTH - KeyAlphabet.GROUP ? KeyAlphabet.GROUP : 0;
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < codePoints.length; i++) {
            if (i > 0 && i % KeyAlphabet.GROUP == 0) {
                masked.append('-');
            }
            if (i < codePoints.length - visible) {
                masked.append('*');
            } else {
                masked.appendCodePoint(Character.isISOControl(codePoints[i]) ? '?' : codePoints[i]);
            }
        }
        return masked.toString();
    }

    /**
     * Replaces everything in a text that is shaped like a whole product key with its masked form. A last line of
     * defence for texts that may carry user input (exception messages, log lines); code should never need it.
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = KEY_LIKE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(HIDDEN_GROUPS + matcher.group(1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
