package org.activationdesk.core.key;

import java.math.BigInteger;

/**
 * Decodes a Windows 8+ (pkey2009) product key offline, exactly as key-formats.md §1.3–1.5 describes: the
 * position of {@code N} and the 24 remaining digits form one base-24 number V; its bits hold the group ID (0–19),
 * the serial (20–49), a security value (50–102) that only Microsoft can check, a 10-bit checksum (103–112) and
 * the upgrade bit (113). The checksum is the low 10 bits of CRC-32/BZIP2 (MSB-first, polynomial 0x04C11DB7)
 * over V with the checksum bits cleared, as 16 little-endian bytes. {@code java.util.zip.CRC32} is the reflected
 * CRC and gives wrong answers here.
 *
 * <p>A good checksum says only that the key was typed as issued: not that it is genuine, unused or not blocked
 * (§1.6). Nothing here contacts anything.
 */
public final class Pkey2009 {

    private static final int POLYNOMIAL = 0x04C11DB7;
    private static final int[] TABLE = new int[256];
    private static final BigInteger BASE = BigInteger.valueOf(24);
    private static final BigInteger CHECKSUM_BITS = BigInteger.valueOf(0x3FF).shiftLeft(103);

    static {
        for (int i = 0; i < 256; i++) {
            int register = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                register = (register & 0x80000000) != 0 ? (register << 1) ^ POLYNOMIAL : register << 1;
            }
            TABLE[i] = register;
        }
    }

    private Pkey2009() {
    }

    /**
     * What the 25 characters encode. The toString() names group, serial and the check result only: together the
     * fields are the key in numeric form, so the security value is never printed.
     *
     * @param groupId          selects the product configuration (pkeyconfig {@code RefGroupId})
     * @param serial           the key's number within its group (pkeyconfig key ranges)
     * @param securityValue    the 53-bit value only Microsoft's servers can check
     * @param storedChecksum   the checksum the key carries
     * @param computedChecksum the checksum its other bits call for
     * @param upgradeBit       marks upgrade-only keys; 0 on all published keys
     * @param extraBit         bit 114, not a real field; 0 on all published keys
     */
    public record Decoded(int groupId, long serial, long securityValue, int storedChecksum, int computedChecksum,
                          boolean upgradeBit, boolean extraBit) {

        public boolean checksumOk() {
            return storedChecksum == computedChecksum;
        }

        /** Whether the key carries a security value at all (every issued key does). */
        public boolean securityValuePresent() {
            return securityValue != 0;
        }

        @Override
        public String toString() {
            return "Pkey2009.Decoded[group=" + groupId + ", serial=" + serial + ", checksum "
                    + (checksumOk() ? "ok" : "bad") + ", upgrade=" + upgradeBit + "]";
        }
    }

    /**
     * @throws IllegalArgumentException for a pkey2005 key (no {@code N})
     */
    public static Decoded decode(ProductKey key) {
        if (key.format() != KeyFormat.PKEY2009) {
            throw new IllegalArgumentException("a key without N is a pkey2005 key and has no offline checksum");
        }
        return decode(key.characters());
    }

    /** 25 key characters with exactly one {@code N}, not last (the caller has checked). */
    static Decoded decode(CharSequence characters) {
        BigInteger v = value(characters);
        int stored = v.shiftRight(103).intValue() & 0x3FF;
        return new Decoded(v.intValue() & 0xFFFFF, v.shiftRight(20).longValue() & 0x3FFFFFFFL,
                v.shiftRight(50).longValue() & ((1L << 53) - 1), stored, checksumOf(v), v.testBit(113),
                v.testBit(114));
    }

    /** Whether 25 key characters with exactly one {@code N}, not last, carry a matching checksum. */
    static boolean checksumOk(CharSequence characters) {
        BigInteger v = value(characters);
        return checksumOf(v) == (v.shiftRight(103).intValue() & 0x3FF);
    }

    /** V of §1.3: the position of N is the most significant base-24 digit, the last character the least. */
    static BigInteger value(CharSequence characters) {
        int nAt = -1;
        for (int i = 0; i < characters.length(); i++) {
            if (characters.charAt(i) == KeyAlphabet.N) {
                if (nAt >= 0) {
                    throw new IllegalArgumentException("more than one N");
                }
                nAt = i;
            }
        }
        if (characters.length() != KeyAlphabet.LENGTH || nAt < 0 || nAt == KeyAlphabet.LENGTH - 1) {
            throw new IllegalArgumentException("not 25 characters with one N before the last");
        }
        BigInteger v = BigInteger.valueOf(nAt);
        for (int i = 0; i < characters.length(); i++) {
            if (i == nAt) {
                continue;
            }
            int digit = KeyAlphabet.value(characters.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is not a key digit");
            }
            v = v.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        return v;
    }

    /** §1.5: CRC over V without its checksum bits, 16 bytes little-endian, complemented, low 10 bits. */
    private static int checksumOf(BigInteger v) {
        byte[] bigEndian = v.andNot(CHECKSUM_BITS).toByteArray();
        byte[] littleEndian = new byte[16];
        for (int i = 0; i < 16 && i < bigEndian.length; i++) {
            littleEndian[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return ~crc32Mpeg2(littleEndian) & 0x3FF;
    }

    /** CRC-32/MPEG-2: polynomial 0x04C11DB7, not reflected, initial 0xFFFFFFFF, no final XOR. */
    static int crc32Mpeg2(byte[] data) {
        int register = 0xFFFFFFFF;
        for (byte b : data) {
            register = (register << 8) ^ TABLE[((register >>> 24) ^ b) & 0xFF];
        }
        return register;
    }

    /** CRC-32/BZIP2: CRC-32/MPEG-2 with the final register complemented. */
    static int crc32Bzip2(byte[] data) {
        return ~crc32Mpeg2(data);
    }
}
