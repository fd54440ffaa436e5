package org.activationdesk.core.key;

import java.util.Optional;

/**
 * A product key that is well-formed in shape: 25 characters of the key alphabet, at most one {@code N}, and not
 * as the last character. Whether its checksum holds is {@link Pkey2009}'s answer; {@link ProductKeyInput} gives
 * a key only when it does.
 *
 * <p>{@link #toString()} is masked, like every other way this class is printed; the whole key is available only
 * through {@link #plainText()}, for the entry field and for handing the key to the licensing service.
 */
public final class ProductKey {

    private final String characters;

    private ProductKey(String characters) {
        this.characters = characters;
    }

    /**
     * A key from its 25 characters, with or without the four hyphens. Upper case only: user input goes through
     * {@link ProductKeyInput} first.
     *
     * @throws IllegalArgumentException when the text is not a well-formed key; the message never contains it
     */
    public static ProductKey of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no product key");
        }
        String characters = text.length() == KeyAlphabet.LENGTH + 4 ? withoutHyphens(text) : text;
        if (characters.length() != KeyAlphabet.LENGTH) {
            throw new IllegalArgumentException("a product key has 25 characters, this text has " + text.length());
        }
        int nCount = 0;
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (!KeyAlphabet.isKeyCharacter(c)) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not in the key alphabet");
            }
            if (c == KeyAlphabet.N) {
                nCount++;
            }
        }
        if (nCount > 1) {
            throw new IllegalArgumentException("a product key has at most one N");
        }
        if (characters.charAt(KeyAlphabet.LENGTH - 1) == KeyAlphabet.N) {
            throw new IllegalArgumentException("N cannot be the last character of a product key");
        }
        return new ProductKey(characters);
    }

    /** The key in what a user typed, when it passes every offline check (see {@link ProductKeyInput}). */
    public static Optional<ProductKey> parse(String userInput) {
        return ProductKeyInput.of(userInput).key();
    }

    private static String withoutHyphens(String text) {
        StringBuilder out = new StringBuilder(KeyAlphabet.LENGTH);
        for (int i = 0; i < text.length(); i++) {
            boolean hyphenPlace = i % (KeyAlphabet.GROUP + 1) == KeyAlphabet.GROUP;
            if (hyphenPlace != (text.charAt(i) == '-')) {
                throw new IllegalArgumentException("hyphens must separate five groups of five characters");
            }
            if (!hyphenPlace) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

    /** {@link KeyFormat#PKEY2009} when the key has its {@code N}, {@link KeyFormat#PKEY2005} otherwise. */
    public KeyFormat format() {
        return characters.indexOf(KeyAlphabet.N) >= 0 ? KeyFormat.PKEY2009 : KeyFormat.PKEY2005;
    }

    /** The last five characters, what Windows reports as the partial key. */
    public String lastGroup() {
        return characters.substring(KeyAlphabet.LENGTH - KeyAlphabet.GROUP);
    }

    /** {@code *****-*****-*****-*****-T83GX}. */
    public String masked() {
        return KeyMask.mask(this);
    }

    /**
     * The whole key in five groups. Only for the entry field and the call that installs the key; never for a log,
     * a message, a report or JSON.
     */
    public String plainText() {
        StringBuilder out = new StringBuilder(KeyAlphabet.LENGTH + 4);
        for (int i = 0; i < KeyAlphabet.LENGTH; i += KeyAlphabet.GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(characters, i, i + KeyAlphabet.GROUP);
        }
        return out.toString();
    }

    /** The 25 characters without hyphens. */
    String characters() {
        return characters;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductKey key && key.characters.equals(characters);
    }

    @Override
    public int hashCode() {
        return characters.hashCode();
    }

    /** Masked: a key in a log line or a debugger view shows only its last group. */
    @Override
    public String toString() {
        return masked();
    }
}
