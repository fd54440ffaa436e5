package org.activationdesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.activationdesk.core.plan.NextStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ja", "ja-JP", "ja_JP", "JA", " ja-JP "})
    void japaneseTags(String tag) {
        assertThat(Language.fromTag(tag)).isEqualTo(Language.JAPANESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "EN"})
    void englishTags(String tag) {
        assertThat(Language.fromTag(tag)).isEqualTo(Language.ENGLISH);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"fr", "de-DE", "", "jp", "english", "zh-Hans"})
    void otherTagsAreRejected(String tag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Language.fromTag(tag));
    }

    @Test
    void fromLocaleIsJapaneseOnlyForJapanese() {
        assertThat(Language.fromLocale(Locale.JAPAN)).isEqualTo(Language.JAPANESE);
        assertThat(Language.fromLocale(Locale.JAPANESE)).isEqualTo(Language.JAPANESE);
        assertThat(Language.fromLocale(Locale.US)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocale(Locale.FRANCE)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocale(Locale.CHINA)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocale(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void tagsAndLocalesRoundTrip() {
        for (Language language : Language.values()) {
            assertThat(Language.fromTag(language.tag())).isEqualTo(language);
            assertThat(Language.fromLocale(language.locale())).isEqualTo(language);
            assertThat(Messages.of(language).language()).isEqualTo(language);
            assertThat(Messages.of(language).locale()).isEqualTo(language.locale());
        }
    }

    @Test
    void getFormatsItsArguments() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            String pattern = messages.bundle().getString("scenario.error.where");

            String text = messages.get("scenario.error.where", "lab.json", 12, "machine.build");

            assertThat(pattern).contains("{0}").contains("{1}").contains("{2}");
            assertThat(text).as(language.name()).contains("lab.json").contains("12").contains("machine.build")
                    .doesNotContain("{0}").doesNotContain("{1}").doesNotContain("{2}");
        }
    }

    @Test
    void englishAndJapaneseTextsDiffer() {
        String english = Messages.of(Language.ENGLISH).get("job.activateOnline.kms", "Windows");
        String japanese = Messages.of(Language.JAPANESE).get("job.activateOnline.kms", "Windows");

        assertThat(english).contains("Windows").isNotEqualTo(japanese);
        assertThat(japanese).contains("Windows");
    }

    @Test
    void aMissingKeyIsVisibleButNotFatal() {
        for (Language language : Language.values()) {
            assertThat(Messages.of(language).get("no.such.key")).isEqualTo("!no.such.key!");
            assertThat(Messages.of(language).get("no.such.key", 1, "two")).isEqualTo("!no.such.key!");
        }
    }

    @Test
    void enumTextsAreStoredUnderPrefixAndConstant() {
        Messages messages = Messages.of(Language.ENGLISH);

        assertThat(messages.of("nextStep.title", NextStep.ACTIVATE_BY_PHONE))
                .isEqualTo(messages.get("nextStep.title.ACTIVATE_BY_PHONE")).doesNotStartWith("!");
        assertThat(messages.of("no.such.prefix", NextStep.ACTIVATE_BY_PHONE))
                .isEqualTo("!no.such.prefix.ACTIVATE_BY_PHONE!");
    }

    @Test
    void theJapaneseBundleDoesNotFallBackToTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertThat(Messages.of(Language.ENGLISH).get("job.activateOnline.kms", "X"))
                    .isEqualTo(Messages.of(Language.ENGLISH).bundle().getString("job.activateOnline.kms").replace("{0}", "X"))
                    .doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
