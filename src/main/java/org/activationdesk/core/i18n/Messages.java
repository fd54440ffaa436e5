package org.activationdesk.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible strings of one language, from {@code resources/i18n/messages_<lang>.properties}
 * (read as UTF-8). Every text is a {@link MessageFormat} pattern, with or without arguments.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        // NO_FALLBACK: a Japanese user must never silently get the English text of a missing key,
        // and the English bundle must not fall back to the JVM's default locale either.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // Visible but not fatal: the localization test keeps this from ever shipping.
            return "!" + key + "!";
        }
        // Always through MessageFormat, so every text follows one quoting rule (a quote is written '').
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The text for an enum constant, stored under {@code prefix.CONSTANT}. */
    public String of(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }
}
