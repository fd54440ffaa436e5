package org.activationdesk.core.i18n;

import java.util.Locale;

/** The languages Activation Desk speaks. Every user-visible string exists in each of them. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    JAPANESE("ja", Locale.JAPANESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Japanese for a Japanese locale, English for every other. */
    public static Language fromLocale(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }

    /** Accepts {@code en}, {@code ja} and full tags like {@code ja-JP}; anything else is an error. */
    public static Language fromTag(String tag) {
        if (tag != null) {
            String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
            for (Language candidate : values()) {
                if (candidate.tag.equals(language)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("unsupported language: " + tag);
    }
}
