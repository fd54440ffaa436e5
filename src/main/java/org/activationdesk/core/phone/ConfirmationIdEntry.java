package org.activationdesk.core.phone;

import java.util.Arrays;
import java.util.Optional;

/**
 * Blocks A to H as a person fills them in: what each block holds, whether it is complete and plausible, and where
 * the cursor should go next. Pasting a whole Confirmation ID (or several blocks) into any block spreads it over that
 * block and the ones after it. Nothing is ever completed or corrected: a missing digit stays missing.
 */
public final class ConfirmationIdEntry {

    /** What is known about one block. */
    public enum BlockState { EMPTY, PARTIAL, COMPLETE, NOT_DIGITS, TOO_LONG, REJECTED }

    private final String[] blocks = new String[ConfirmationId.BLOCKS];
    private final BlockRule rule;

    public ConfirmationIdEntry(BlockRule rule) {
        this.rule = rule;
        Arrays.fill(blocks, "");
    }

    /**
     * Puts typed or pasted text into a block. A whole Confirmation ID (48 digits) fills A to H wherever it is pasted;
     * other digits longer than a block fill the following blocks too; text that would run past block H is kept whole
     * in the block, marked too long, so nothing is lost.
     *
     * @return the block the cursor belongs in next: the same block while it is incomplete or wrong, else the next
     */
    public int enter(int blockIndex, String text) {
        ConfirmationId.label(blockIndex); // range check
        String normalized = Digits.normalize(text);
        if (normalized.length() == ConfirmationId.LENGTH && Digits.allDigits(normalized)) {
            blockIndex = 0; // a whole Confirmation ID belongs from A, whichever block it was pasted into
        }
        boolean spreads = normalized.length() > ConfirmationId.BLOCK_SIZE && Digits.allDigits(normalized)
                && normalized.length() <= (ConfirmationId.BLOCKS - blockIndex) * ConfirmationId.BLOCK_SIZE;
        if (!spreads) {
            blocks[blockIndex] = normalized;
            return state(blockIndex) == BlockState.COMPLETE ? Math.min(blockIndex + 1, ConfirmationId.BLOCKS - 1)
                    : blockIndex;
        }
        int index = blockIndex;
        for (int start = 0; start < normalized.length(); start += ConfirmationId.BLOCK_SIZE, index++) {
            blocks[index] = normalized.substring(start, Math.min(start + ConfirmationId.BLOCK_SIZE, normalized.length()));
        }
        int last = index - 1;
        return state(last) == BlockState.COMPLETE ? Math.min(last + 1, ConfirmationId.BLOCKS - 1) : last;
    }

    /** The block's text as it will be shown in its field (digits and anything wrong, separators dropped). */
    public String block(int blockIndex) {
        return blocks[blockIndex];
    }

    public BlockState state(int blockIndex) {
        String block = blocks[blockIndex];
        if (block.isEmpty()) {
            return BlockState.EMPTY;
        }
        if (!Digits.allDigits(block)) {
            return BlockState.NOT_DIGITS;
        }
        if (block.length() > ConfirmationId.BLOCK_SIZE) {
            return BlockState.TOO_LONG;
        }
        if (block.length() < ConfirmationId.BLOCK_SIZE) {
            return BlockState.PARTIAL;
        }
        return rule.accepts(blockIndex, block) ? BlockState.COMPLETE : BlockState.REJECTED;
    }

    /** The first block that is not complete and right, or -1 when all eight are. */
    public int firstUnfinishedBlock() {
        for (int i = 0; i < ConfirmationId.BLOCKS; i++) {
            if (state(i) != BlockState.COMPLETE) {
                return i;
            }
        }
        return -1;
    }

    /** The Confirmation ID once every block is complete and accepted; empty while anything is missing or wrong. */
    public Optional<ConfirmationId> confirmationId() {
        return firstUnfinishedBlock() >= 0 ? Optional.empty() : Optional.of(ConfirmationId.of(String.join("", blocks)));
    }

    public void clear() {
        Arrays.fill(blocks, "");
    }
}
