package org.activationdesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationdesk.core.port.LicenseStatus;
import org.junit.jupiter.api.Test;

class PhraseTest {

    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages JA = Messages.of(Language.JAPANESE);

    @Test
    void onePhraseIsWordedInWhicheverLanguageAsksIncludingNestedPhrases() {
        Phrase phrase = Phrase.of("diagnose.status.notActivated", "Windows",
                Phrase.ofConstant("licenseStatus", LicenseStatus.NOTIFICATION));

        assertThat(phrase.in(EN)).isEqualTo("Status of Windows: Not activated: notification mode.");
        assertThat(phrase.in(JA)).isEqualTo("Windows の状態: 未認証: 通知モード。");
    }

    @Test
    void sentencesAreSpacedInEnglishAndRunTogetherInJapaneseLeavingOutMissingOnes() {
        Phrase both = Phrase.sentences(Phrase.of("diagnose.rds.activated"), null, Phrase.of("diagnose.rds.noKeyPacks"));

        assertThat(both.in(EN)).isEqualTo("The RD license server is activated. No CAL key packs are installed.");
        assertThat(both.in(JA)).isEqualTo("RD ライセンス サーバーは認証済みです。CAL キー パックがインストールされていません。");
    }

    @Test
    void argumentsAreFixedWhenThePhraseIsMade() {
        Object[] arguments = {"PC-01", "1"};
        Phrase phrase = Phrase.of("diagnose.read.ok", arguments);
        arguments[0] = "changed";

        assertThat(phrase.in(EN)).contains("PC-01");
    }
}
