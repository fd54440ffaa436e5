package org.activationdesk.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cleaning and checking typed keys. Keys here are published GVLKs (gvlk.tsv) or keys that fail the checksum.
 */
class ProductKeyInputTest {

    private static final String PRO = "W269N-WFGWX-YVC9B-4J6C9-T83GX";
    private static final ProductKey PRO_KEY = ProductKey.of(PRO);
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages JA = Messages.of(Language.JAPANESE);

    private static List<KeyIssue.Code> problems(ProductKeyInput input) {
        return input.problems().stream().map(KeyIssue::code).toList();
    }

    private static List<KeyIssue.Code> notes(ProductKeyInput input) {
        return input.notes().stream().map(KeyIssue::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "W269N-WFGWX-YVC9B-4J6C9-T83GX",
            "W269NWFGWXYVC9B4J6C9T83GX",
            "w269n-wfgwx-yvc9b-4j6c9-t83gx",
            "W269N WFGWX YVC9B 4J6C9 T83GX",
            "W269N\tWFGWX\tYVC9B\t4J6C9\tT83GX",
            "W269N\u00A0WFGWX\u00A0YVC9B\u00A0 4J6C9\u00A0T83GX",
            "W269N\u2010WFGWX\u2011YVC9B\u2012 4J6C9\u2013T83GX",
            "W269N\u2014WFGWX\u2015YVC9B\u22124J6C9\u30FCT83GX",
            "W269N\uFF70WFGWX\uFE63YVC9B-4J6C9-T83GX",
            "W269N-WFGWX\r\n-YVC9B-4J6C9-T83GX",
            "W269N-WF\u200BGWX-YVC9B-4J6C9-T83GX\uFEFF"})
    void separatorsSpacesAndCaseAreCleanedSilently(String typed) {
        ProductKeyInput input = ProductKeyInput.of(typed);

        assertThat(input.isValid()).isTrue();
        assertThat(input.key()).contains(PRO_KEY);
        assertThat(notes(input)).isEmpty();
    }

    @Test
    void fullWidthInputFromAJapaneseImeIsConvertedAndSaidSo() {
        ProductKeyInput input = ProductKeyInput.of("Ｗ２６９Ｎ－ＷＦＧＷＸ－ＹＶＣ９Ｂ－４Ｊ６Ｃ９－Ｔ８３ＧＸ");
        assertThat(ProductKeyInput.of("W269N\uFF0DWFGWX-YVC9B-4J6C9-T83GX").notes()).extracting(KeyIssue::code)
                .containsExactly(KeyIssue.Code.FULL_WIDTH_CONVERTED);

        assertThat(input.key()).contains(PRO_KEY);
        assertThat(notes(input)).containsExactly(KeyIssue.Code.FULL_WIDTH_CONVERTED);
        assertThat(input.notes().get(0).message(EN)).isEqualTo("Full-width characters were converted.");
        assertThat(input.notes().get(0).message(JA)).contains("全角");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Product key: W269N-WFGWX-YVC9B-4J6C9-T83GX",
            "product key W269N-WFGWX-YVC9B-4J6C9-T83GX.",
            "Windows 10 Product Key: \"W269N-WFGWX-YVC9B-4J6C9-T83GX\"",
            "Key = <W269N-WFGWX-YVC9B-4J6C9-T83GX>;",
            "> • “W269N-WFGWX-YVC9B-4J6C9-T83GX”,",
            "プロダクト キー：「W269N-WFGWX-YVC9B-4J6C9-T83GX」。",
            "プロダクトキー: W269N-WFGWX-YVC9B-4J6C9-T83GX",
            "ﾌﾟﾛﾀﾞｸﾄｷｰ W269N-WFGWX-YVC9B-4J6C9-T83GX",
            "【W269N-WFGWX-YVC9B-4J6C9-T83GX】",
            "(W269N-WFGWX-YVC9B-4J6C9-T83GX)!"})
    void quotesLabelsBracketsAndTrailingPunctuationFromEmailsAreLeftOut(String pasted) {
        ProductKeyInput input = ProductKeyInput.of(pasted);

        assertThat(input.key()).as(pasted).contains(PRO_KEY);
        assertThat(notes(input)).contains(KeyIssue.Code.TEXT_AROUND_REMOVED);
    }

    @Test
    void nothingTypedIsUnusable() {
        for (String typed : new String[] {null, "", "   ", "\t\n", "“”", "Product key:", "- - -"}) {
            ProductKeyInput input = ProductKeyInput.of(typed);
            assertThat(input.isUnusable()).as("%s", typed).isTrue();
            assertThat(problems(input)).containsExactly(KeyIssue.Code.EMPTY);
            assertThat(input.key()).isEmpty();
        }
        assertThat(ProductKeyInput.of("").problems().get(0).message(EN)).isEqualTo("No product key was entered.");
    }

    @Test
    void farTooMuchTextIsUnusableAndNotExamined() {
        ProductKeyInput input = ProductKeyInput.of("B".repeat(ProductKeyInput.MAX_INPUT_LENGTH + 1));

        assertThat(input.isUnusable()).isTrue();
        assertThat(problems(input)).containsExactly(KeyIssue.Code.INPUT_TOO_LONG);
    }

    @Test
    void wrongLengthSaysHowManyCharactersWereEntered() {
        ProductKeyInput shortKey = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83G");

        assertThat(problems(shortKey)).containsExactly(KeyIssue.Code.WRONG_LENGTH);
        assertThat(shortKey.problems().get(0).count()).isEqualTo(24);
        assertThat(shortKey.problems().get(0).message(EN))
                .isEqualTo("A Windows product key has 25 characters (5 groups of 5). You entered 24.");
        assertThat(shortKey.problems().get(0).message(JA)).contains("25 文字").contains("24 文字");
        assertThat(shortKey.isUnusable()).isFalse();
        assertThat(shortKey.suggestions()).as("a missing character is never filled in").isEmpty();

        assertThat(ProductKeyInput.of(PRO + "X").problems().get(0).count()).isEqualTo(26);
    }

    @Test
    void aCharacterThatNeverOccursIsReportedWithItsPositionAndWhy() {
        // O typed for the 0-looking D at position 14 (group 3, character 4)
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVCOB-4J6C9-T83GX");

        assertThat(problems(input)).containsExactly(KeyIssue.Code.INVALID_CHARACTER);
        KeyIssue issue = input.problems().get(0);
        assertThat(issue.positions()).containsExactly(14);
        assertThat(issue.character()).isEqualTo("O");
        assertThat(issue.invalidKind()).isEqualTo(InvalidCharacterKind.O_OR_ZERO);
        assertThat(issue.message(EN)).isEqualTo("Character 14 (group 3, character 4) is “O”, which never occurs in "
                + "Windows product keys. Keys contain neither the letter O nor the digit 0. Compare it with the label "
                + "or e-mail.");
        assertThat(issue.message(JA)).contains("14 文字目").contains("第 3 グループ").contains("「O」")
                .contains("O も数字の 0 も");
        assertThat(input.format()).isEqualTo(KeyFormat.UNKNOWN);
        assertThat(input.checksum()).isEqualTo(ChecksumState.NOT_APPLICABLE);
    }

    @Test
    void lookAlikesAreNeverReplacedOnlyReported() {
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83G0");

        assertThat(input.key()).isEmpty();
        assertThat(input.problems().get(0).invalidKind()).isEqualTo(InvalidCharacterKind.O_OR_ZERO);
        assertThat(input.length()).isEqualTo(25);
    }

    @Test
    void everyKindOfWrongCharacterHasItsReason() {
        assertThat(InvalidCharacterKind.of('I')).isEqualTo(InvalidCharacterKind.ONE_I_OR_L);
        assertThat(InvalidCharacterKind.of('1')).isEqualTo(InvalidCharacterKind.ONE_I_OR_L);
        assertThat(InvalidCharacterKind.of('L')).isEqualTo(InvalidCharacterKind.ONE_I_OR_L);
        assertThat(InvalidCharacterKind.of('S')).isEqualTo(InvalidCharacterKind.FIVE_OR_S);
        assertThat(InvalidCharacterKind.of('5')).isEqualTo(InvalidCharacterKind.FIVE_OR_S);
        assertThat(InvalidCharacterKind.of('Z')).isEqualTo(InvalidCharacterKind.LETTER_Z);
        assertThat(InvalidCharacterKind.of('E')).isEqualTo(InvalidCharacterKind.VOWEL);
        assertThat(InvalidCharacterKind.of('#')).isEqualTo(InvalidCharacterKind.OTHER);
        assertThat(InvalidCharacterKind.of('あ')).isEqualTo(InvalidCharacterKind.OTHER);
    }

    @Test
    void invisibleOrForeignCharactersAreNamedByCodePoint() {
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83G\u0007");

        assertThat(input.problems().get(0).visibleCharacter()).isEqualTo("U+0007");
        assertThat(ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83Gあ").problems().get(0).visibleCharacter())
                .isEqualTo("あ (U+3042)");
    }

    @Test
    void cleaningNeverTurnsOneCharacterIntoSeveral() {
        // ß upper-cases to "SS" with String.toUpperCase, ㉓ is "23" under NFKC: both would invent characters.
        ProductKeyInput sharpS = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83Gß");
        ProductKeyInput circled = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83G㉓");

        assertThat(sharpS.length()).isEqualTo(25);
        assertThat(problems(sharpS)).containsExactly(KeyIssue.Code.INVALID_CHARACTER);
        assertThat(circled.length()).isEqualTo(25);
        assertThat(circled.problems().get(0).character()).isEqualTo("㉓");
    }

    @Test
    void theTurkishDotlessAndDottedIAreNotTurnedIntoKeyCharacters() {
        ProductKeyInput input = ProductKeyInput.of("w269n-wfgwx-yvc9b-4j6c9-t83gı");

        assertThat(problems(input)).containsExactly(KeyIssue.Code.INVALID_CHARACTER);
    }

    @Test
    void severalNAreReportedWithTheirPositions() {
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVN9B-4J6C9-T83GX");

        assertThat(problems(input)).containsExactly(KeyIssue.Code.SEVERAL_N);
        assertThat(input.problems().get(0).positions()).containsExactly(5, 13);
        assertThat(input.problems().get(0).message(EN)).contains("positions 5, 13");
    }

    @Test
    void nAsTheLastCharacterIsInvalid() {
        ProductKeyInput input = ProductKeyInput.of("BCDFG-HJKMP-QRTVW-XY234-6789N");

        assertThat(problems(input)).containsExactly(KeyIssue.Code.N_LAST);
        assertThat(input.problems().get(0).message(EN)).contains("N cannot be the last character");
    }

    @Test
    void aTypingErrorFailsTheChecksum() {
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GY");

        assertThat(problems(input)).containsExactly(KeyIssue.Code.BAD_CHECKSUM);
        assertThat(input.format()).isEqualTo(KeyFormat.PKEY2009);
        assertThat(input.checksum()).isEqualTo(ChecksumState.BAD);
        assertThat(input.key()).isEmpty();
        assertThat(input.decoded()).isEmpty();
        assertThat(input.problems().get(0).message(EN)).contains("typing error");
        assertThat(input.problems().get(0).message(JA)).contains("入力ミス");
    }

    @Test
    void aKeyWithoutNIsALegacyKeyThatCannotBeChecked() {
        ProductKeyInput input = ProductKeyInput.of("YC6KT-GKW9T-YTKYR-T4X34-R7VHC"); // Server 2008 R2 Standard GVLK

        assertThat(input.isValid()).isTrue();
        assertThat(input.format()).isEqualTo(KeyFormat.PKEY2005);
        assertThat(input.checksum()).isEqualTo(ChecksumState.NOT_APPLICABLE);
        assertThat(notes(input)).containsExactly(KeyIssue.Code.LEGACY_FORMAT);
    }

    @Test
    void hyphensThatDoNotMakeFiveGroupsOfFiveAreNoted() {
        ProductKeyInput input = ProductKeyInput.of("W269-NWFGWX-YVC9B-4J6C9-T83GX");

        assertThat(input.key()).contains(PRO_KEY);
        assertThat(notes(input)).containsExactly(KeyIssue.Code.UNUSUAL_GROUPING);
        assertThat(notes(ProductKeyInput.of("-W269N-WFGWX-YVC9B-4J6C9-T83GX-"))).isEmpty();
    }

    @Test
    void severalProblemsAreAllReported() {
        ProductKeyInput input = ProductKeyInput.of("W2O9N-WFGWX-YVC9B-4J6C9-T83G");

        assertThat(problems(input)).containsExactly(KeyIssue.Code.WRONG_LENGTH, KeyIssue.Code.INVALID_CHARACTER);
    }

    @Test
    void toStringIsMasked() {
        assertThat(ProductKeyInput.of(PRO).toString()).contains("*****-*****-*****-*****-T83GX")
                .doesNotContain("W269N").doesNotContain("WFGWX");
        assertThat(ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GY").toString()).doesNotContain("W269N");
        assertThat(ProductKeyInput.of("W269N").toString()).doesNotContain("W269N");
    }
}
