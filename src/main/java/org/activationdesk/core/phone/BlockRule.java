package org.activationdesk.core.phone;

/**
 * A check on one completed Confirmation ID block beyond its digit count. Windows checks CID digits itself
 * (0xC004F04D), but the per-block rule has not been confirmed against a real Confirmation ID
 * (phone-rds-kms.md §1.5), so the default rule accepts every six-digit block; a confirmed rule plugs in here.
 */
@FunctionalInterface
public interface BlockRule {

    /** Accepts every complete block: no check digit is assumed. */
    BlockRule DIGIT_COUNT_ONLY = (index, block) -> true;

    /** Whether a complete six-digit block can be right. */
    boolean accepts(int blockIndex, String block);
}
