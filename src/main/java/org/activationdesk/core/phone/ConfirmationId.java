package org.activationdesk.core.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Confirmation ID Microsoft returns for an Installation ID: 48 digits read out as blocks A to H of six.
 * Only Microsoft issues it; this class holds and checks what a person typed, and never makes or repairs one.
 */
public final class ConfirmationId {

    public static final int BLOCKS = 8;
    public static final int BLOCK_SIZE = 6;
    public static final int LENGTH = BLOCKS * BLOCK_SIZE;

    private final String digits;

    private ConfirmationId(String digits) {
        this.digits = digits;
    }

    /** @throws IllegalArgumentException unless exactly 48 digits are given */
    public static ConfirmationId of(String digits) {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != LENGTH || !Digits.allDigits(digits)) {
            throw new IllegalArgumentException("a Confirmation ID has 48 digits");
        }
        return new ConfirmationId(digits);
    }

    /** The letter the phone line uses for a block: A for the first. */
    public static char label(int blockIndex) {
        if (blockIndex < 0 || blockIndex >= BLOCKS) {
            throw new IndexOutOfBoundsException(blockIndex);
        }
        return (char) ('A' + blockIndex);
    }

    /** The digits only, as the licensing API takes them (no spaces). */
    public String digits() {
        return digits;
    }

    public List<String> blocks() {
        List<String> blocks = new ArrayList<>(BLOCKS);
        for (int i = 0; i < BLOCKS; i++) {
            blocks.add(digits.substring(i * BLOCK_SIZE, (i + 1) * BLOCK_SIZE));
        }
        return List.copyOf(blocks);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfirmationId id && id.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", blocks());
    }
}
