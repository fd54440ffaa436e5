package org.activationdesk.core.phone;

import java.text.Normalizer;

/** Reduces what people type or paste for an ID to its digits, the way the phone line hears it. */
final class Digits {

    private Digits() {
    }

    /**
     * Full-width digits from a Japanese IME become ASCII; spaces, hyphens, dots and other separators are
     * dropped. Anything else (a letter, a stray symbol) is kept so the caller can name it instead of losing it.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (!isSeparator(c)) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString();
    }

    static boolean allDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isSeparator(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == ','
                || c == '_' || c == '/' || Character.getType(c) == Character.DASH_PUNCTUATION;
    }
}
