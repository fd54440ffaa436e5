package org.activationdesk.core.i18n;

/** A text that comes from data (a scenario, a catalog) rather than from the UI bundles, in every language. */
public record LocalizedString(String english, String japanese) {

    public LocalizedString {
        if (english == null || english.isBlank() || japanese == null || japanese.isBlank()) {
            throw new IllegalArgumentException("needs both an English (en) and a Japanese (ja) text");
        }
    }

    public String in(Language language) {
        return language == Language.JAPANESE ? japanese : english;
    }
}
