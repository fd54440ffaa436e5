package org.activationdesk.core.i18n;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A text that is decided now and worded later, in whatever language is current then. Diagnostics results hold
 * phrases rather than strings, so a screen can switch language without running the checks again, and one
 * result can go into an English and a Japanese report.
 */
@FunctionalInterface
public interface Phrase {

    /** The text in the language of {@code messages}. */
    String in(Messages messages);

    /**
     * The bundle text {@code key}. Arguments that are phrases are worded in the same language; numbers should
     * be passed as text, since MessageFormat would group them ("12,007").
     */
    static Phrase of(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        Object[] fixed = arguments.clone();
        return m -> {
            Object[] worded = new Object[fixed.length];
            for (int i = 0; i < fixed.length; i++) {
                worded[i] = fixed[i] instanceof Phrase phrase ? phrase.in(m) : fixed[i];
            }
            return m.get(key, worded);
        };
    }

    /** The bundle text {@code prefix.CONSTANT} of an enum constant. */
    static Phrase ofConstant(String prefix, Enum<?> constant) {
        Objects.requireNonNull(constant, "constant");
        return m -> m.of(prefix, constant);
    }

    /** A text that is the same in every language, such as a host name. */
    static Phrase plain(String text) {
        Objects.requireNonNull(text, "text");
        return m -> text;
    }

    /**
     * Sentences one after the other: separated by a space in English, run together in Japanese (where each
     * ends in 。). Null parts are left out, so optional sentences need no branching at the call site.
     */
    static Phrase sentences(Phrase... parts) {
        Phrase[] present = Arrays.stream(parts).filter(Objects::nonNull).toArray(Phrase[]::new);
        return m -> Arrays.stream(present).map(p -> p.in(m))
                .collect(Collectors.joining(m.language() == Language.JAPANESE ? "" : " "));
    }
}
