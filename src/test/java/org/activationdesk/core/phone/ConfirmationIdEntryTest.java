package org.activationdesk.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.activationdesk.core.phone.ConfirmationIdEntry.BlockState;
import org.junit.jupiter.api.Test;

class ConfirmationIdEntryTest {

    /** 48 digits in the shape of a Confirmation ID; not one issued by anybody. */
    static final String DIGITS = "111111222222333333444444555555666666777777888888";

    @Test
    void typingABlockAdvancesOnlyWhenItIsComplete() {
        ConfirmationIdEntry entry = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);

        assertThat(entry.enter(0, "1111")).isZero();
        assertThat(entry.state(0)).isEqualTo(BlockState.PARTIAL);
        assertThat(entry.enter(0, "111111")).isEqualTo(1);
        assertThat(entry.state(0)).isEqualTo(BlockState.COMPLETE);
        assertThat(entry.confirmationId()).isEmpty();
        assertThat(entry.firstUnfinishedBlock()).isEqualTo(1);
    }

    @Test
    void aWholeIdPastedIntoAnyBlockFillsFromThereWithItsSeparatorsDropped() {
        ConfirmationIdEntry entry = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);

        int next = entry.enter(0, "A: 111111 B: 222222".replaceAll("[AB]:", "") + " 333333-444444 555555 666666 777777 888888");

        assertThat(next).isEqualTo(7);
        assertThat(entry.confirmationId()).hasValueSatisfying(id -> assertThat(id.digits()).isEqualTo(DIGITS));

        ConfirmationIdEntry wholeIntoE = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);
        wholeIntoE.enter(4, DIGITS);
        assertThat(wholeIntoE.confirmationId()).map(ConfirmationId::digits).hasValue(DIGITS);

        ConfirmationIdEntry fromC = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);
        fromC.enter(2, DIGITS.substring(12));
        assertThat(fromC.block(2)).isEqualTo("333333");
        assertThat(fromC.block(7)).isEqualTo("888888");
        assertThat(fromC.firstUnfinishedBlock()).isZero();
    }

    @Test
    void fullWidthDigitsFromAnImeAreAccepted() {
        ConfirmationIdEntry entry = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);

        entry.enter(3, "４４４ ４４４");

        assertThat(entry.block(3)).isEqualTo("444444");
        assertThat(entry.state(3)).isEqualTo(BlockState.COMPLETE);
    }

    @Test
    void lettersAndOverlongTextAreKeptAndNamedNeverCut() {
        ConfirmationIdEntry entry = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);

        assertThat(entry.enter(1, "22O222")).isEqualTo(1);
        assertThat(entry.state(1)).isEqualTo(BlockState.NOT_DIGITS);
        assertThat(entry.block(1)).isEqualTo("22O222");

        // Too many digits for the blocks left after H's start: nothing spreads, nothing is dropped.
        entry.enter(7, "8888889");
        assertThat(entry.state(7)).isEqualTo(BlockState.TOO_LONG);
        assertThat(entry.block(7)).isEqualTo("8888889");
        assertThat(entry.confirmationId()).isEmpty();
    }

    @Test
    void aPluggedRuleRejectsTheBlockItDoesNotAccept() {
        ConfirmationIdEntry entry = new ConfirmationIdEntry((index, block) -> !block.equals("555555"));
        entry.enter(0, DIGITS);

        assertThat(entry.state(4)).isEqualTo(BlockState.REJECTED);
        assertThat(entry.firstUnfinishedBlock()).isEqualTo(4);
        assertThat(entry.confirmationId()).isEmpty();
    }

    /** Property: however the 48 digits are split across pastes and blocks, the same ID comes out. */
    @Test
    void anySplitOfTheSameDigitsGivesTheSameId() {
        Random random = new Random(1123);
        for (int trial = 0; trial < 1_000; trial++) {
            ConfirmationIdEntry entry = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);
            int block = 0;
            while (block < ConfirmationId.BLOCKS) {
                int span = 1 + random.nextInt(Math.min(3, ConfirmationId.BLOCKS - block));
                String piece = DIGITS.substring(block * 6, (block + span) * 6);
                String typed = random.nextBoolean() ? piece : piece.replaceAll("(\\d{3})", "$1 ");
                entry.enter(block, typed);
                block += span;
            }
            assertThat(entry.confirmationId()).map(ConfirmationId::digits).hasValue(DIGITS);
        }
    }

    @Test
    void labelsRunFromAToH() {
        assertThat(ConfirmationId.label(0)).isEqualTo('A');
        assertThat(ConfirmationId.label(7)).isEqualTo('H');
        assertThat(ConfirmationId.of(DIGITS).blocks()).hasSize(8).last().isEqualTo("888888");
    }
}
