package org.activationdesk.core.rds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.rds.RdsIdIssue.Code;
import org.junit.jupiter.api.Test;

/**
 * The typed-ID checks, example by example and as properties over random input (seeded, so a failure repeats). The
 * random IDs here are test data only: strings of the right shape that no Clearinghouse ever issued.
 */
class RdsIdInputTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String SEPARATORS = " -\u2010\u2013\u2212\u30FC\u3000\t\uFF0D\u00A0";
    private static final int RUNS = 2_000;
    private static final String ID = "ABCDE12345FGHIJ67890KLMNO12345PQRST";

    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < RdsId.LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** The ID as a person might type or paste it: separators anywhere, any case, some characters full-width. */
    private static String typed(String id, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            if (random.nextInt(4) == 0) {
                out.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            }
            char c = id.charAt(i);
            if (Character.isLetter(c) && random.nextBoolean()) {
                c = Character.toLowerCase(c);
            }
            out.append(random.nextInt(5) == 0 ? (char) (c + 0xFEE0) : c); // full-width form
        }
        if (random.nextBoolean()) {
            out.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
        }
        return out.toString();
    }

    @Test
    void anIdTypedInAnyWayIsReadAsThatIdAndNoOther() {
        Random random = new Random(20260504);
        for (int run = 0; run < RUNS; run++) {
            String id = randomId(random);
            String typed = typed(id, random);

            RdsIdInput input = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, typed);

            assertThat(input.problems()).as("problems of %s", typed).isEmpty();
            assertThat(input.id()).as("id of %s", typed).hasValueSatisfying(parsed -> {
                assertThat(parsed.compact()).isEqualTo(id);
                assertThat(parsed.kind()).isEqualTo(RdsIdKind.LICENSE_SERVER_ID);
            });
        }
    }

    @Test
    void theGroupedFormReadsBackAsTheSameIdAndShowsSevenGroupsOfFive() {
        Random random = new Random(7);
        for (int run = 0; run < RUNS; run++) {
            RdsId id = RdsId.of(RdsIdKind.KEY_PACK_ID, randomId(random));

            assertThat(id.groups()).hasSize(RdsId.GROUPS).allSatisfy(g -> assertThat(g).hasSize(RdsId.GROUP_SIZE));
            assertThat(String.join("", id.groups())).isEqualTo(id.compact());
            RdsIdInput again = RdsIdInput.of(RdsIdKind.KEY_PACK_ID, id.grouped());
            assertThat(again.id()).contains(id);
            assertThat(again.notes()).isEmpty();
        }
    }

    @Test
    void aMissingOrExtraCharacterIsAWrongLengthAndNeverRepaired() {
        Random random = new Random(35);
        for (int run = 0; run < RUNS; run++) {
            String id = randomId(random);
            int at = random.nextInt(id.length());
            String shorter = id.substring(0, at) + id.substring(at + 1);
            String longer = id.substring(0, at) + ALPHABET.charAt(random.nextInt(ALPHABET.length())) + id.substring(at);

            for (String wrong : List.of(shorter, longer)) {
                RdsIdInput input = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, typed(wrong, random));
                assertThat(input.id()).isEmpty();
                assertThat(input.problems()).extracting(RdsIdIssue::code).containsExactly(Code.WRONG_LENGTH);
                assertThat(input.problems().get(0).count()).isEqualTo(wrong.length());
                assertThat(input.cleaned()).isEqualTo(wrong);
            }
        }
    }

    @Test
    void aCharacterOutsideTheAlphabetIsNamedAtItsPositionAndKept() {
        Random random = new Random(99);
        String strangers = "!#$%&*+/.,;:?@_~\u00E9\u00DF\u03A9\u3042\u4E00";
        for (int run = 0; run < RUNS; run++) {
            String id = randomId(random);
            int at = random.nextInt(id.length());
            char stranger = strangers.charAt(random.nextInt(strangers.length()));
            String wrong = id.substring(0, at) + stranger + id.substring(at + 1);

            RdsIdInput input = RdsIdInput.of(RdsIdKind.KEY_PACK_ID, wrong);

            assertThat(input.id()).isEmpty();
            assertThat(input.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(Code.INVALID_CHARACTER);
                assertThat(p.position()).isEqualTo(at + 1);
                assertThat(p.character()).isEqualTo(String.valueOf(Character.toUpperCase(stranger)));
            });
            assertThat(input.length()).isEqualTo(RdsId.LENGTH);
        }
    }

    @Test
    void anyTextAtAllGivesAnIdExactlyWhenItHolds35IdCharactersAndNothingElseAndNeverThrows() {
        Random random = new Random(1234);
        for (int run = 0; run < RUNS * 5; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(10);
                if (pick < 6) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                } else if (pick < 8) {
                    text.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
                } else {
                    text.appendCodePoint(random.nextInt(0x3000));
                }
            }
            RdsIdInput input = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, text.toString());

            boolean shaped = RdsId.isCompact(input.cleaned());
            assertThat(input.id().isPresent()).as("id of %s", text).isEqualTo(shaped);
            assertThat(input.problems().isEmpty()).isEqualTo(shaped);
            assertThat(input.problems()).allSatisfy(p -> assertThat(p.code().isProblem()).isTrue());
            assertThat(input.notes()).allSatisfy(n -> assertThat(n.code().isProblem()).isFalse());
            // Every message exists in both languages.
            for (Language language : Language.values()) {
                Messages m = Messages.of(language);
                for (RdsIdIssue issue : input.problems()) {
                    assertThat(issue.message(m, input.kind())).doesNotStartWith("!").isNotBlank();
                }
            }
        }
    }

    @Test
    void cleaningNeverAddsOrReordersACharacter() {
        Random random = new Random(42);
        for (int run = 0; run < RUNS; run++) {
            String id = randomId(random);
            String typed = typed(id.substring(0, random.nextInt(id.length())), random);

            String cleaned = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, typed).cleaned();

            assertThat(id).startsWith(cleaned);
        }
    }

    @Test
    void nothingTypedIsEmptyAndFarTooMuchIsNotExamined() {
        assertThat(RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, null).isEmpty()).isTrue();
        assertThat(RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, " - \u3000").problems()).extracting(RdsIdIssue::code)
                .containsExactly(Code.EMPTY);
        RdsIdInput tooLong = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, "A".repeat(RdsIdInput.MAX_INPUT_LENGTH + 1));
        assertThat(tooLong.problems()).extracting(RdsIdIssue::code).containsExactly(Code.INPUT_TOO_LONG);
        assertThat(tooLong.cleaned()).isEmpty();
    }

    @Test
    void aProductIdOrATwentyFiveCharacterCodeIsRecognisedForWhatItIs() {
        RdsIdInput productId = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, "00454-40000-00001-AT275");
        assertThat(productId.problems()).extracting(RdsIdIssue::code)
                .containsExactly(Code.WRONG_LENGTH, Code.LOOKS_LIKE_PRODUCT_ID);
        assertThat(productId.problems().get(1).message(Messages.of(Language.ENGLISH), RdsIdKind.LICENSE_SERVER_ID))
                .contains("Product ID").contains("license server ID");

        RdsIdInput key = RdsIdInput.of(RdsIdKind.KEY_PACK_ID, "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY");
        assertThat(key.problems()).extracting(RdsIdIssue::code)
                .containsExactly(Code.WRONG_LENGTH, Code.LOOKS_LIKE_25_CHARACTER_CODE);
        assertThat(key.problems().get(1).message(Messages.of(Language.JAPANESE), RdsIdKind.KEY_PACK_ID))
                .contains("ライセンス キー パック ID");
    }

    @Test
    void fullWidthInputIsReadAndSaidSoAndOddGroupingIsOnlyANote() {
        String fullWidth = ID.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
        RdsIdInput input = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, fullWidth);
        assertThat(input.id()).hasValueSatisfying(id -> assertThat(id.compact()).isEqualTo(ID));
        assertThat(input.notes()).extracting(RdsIdIssue::code).containsExactly(Code.FULL_WIDTH_CONVERTED);

        RdsIdInput odd = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, ID.substring(0, 10) + " " + ID.substring(10));
        assertThat(odd.id()).isPresent();
        assertThat(odd.notes()).extracting(RdsIdIssue::code).containsExactly(Code.UNUSUAL_GROUPING);
    }

    @Test
    void theLetterOAndTheDigitZeroAreBothKeptAsTyped() {
        String withO = "O" + ID.substring(1);
        String withZero = "0" + ID.substring(1);
        assertThat(RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, withO).id().orElseThrow().compact()).isEqualTo(withO);
        assertThat(RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, withZero).id().orElseThrow().compact()).isEqualTo(withZero);
    }

    @Test
    void theInvalidCharacterMessageNamesPositionGroupAndPlace() {
        RdsIdInput input = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, ID.substring(0, 12) + "#" + ID.substring(13));
        assertThat(input.problems().get(0).message(Messages.of(Language.ENGLISH), input.kind()))
                .isEqualTo("Character 13 (group 3, place 3) is “#”: only letters A–Z and digits 0–9 belong in the ID.");
        assertThat(input.groups()).hasSize(7).element(2).isEqualTo("FG#IJ");
    }

    @Test
    void anRdsIdIsShownInSpacedGroupsNeverShapedLikeAProductKey() {
        RdsId id = RdsId.of(RdsIdKind.LICENSE_SERVER_ID, ID);
        assertThat(id.grouped()).isEqualTo("ABCDE 12345 FGHIJ 67890 KLMNO 12345 PQRST").doesNotContain("-");
        assertThat(id.toString()).isEqualTo(id.grouped());
        assertThat(id).isNotEqualTo(RdsId.of(RdsIdKind.KEY_PACK_ID, ID));
        List<String> bad = new ArrayList<>(List.of("", ID.toLowerCase(), ID + "A", ID.substring(1) + "-"));
        for (String text : bad) {
            assertThatThrownBy(() -> RdsId.of(RdsIdKind.LICENSE_SERVER_ID, text)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
