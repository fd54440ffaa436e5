package org.activationdesk.platform.simulated;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.IidGroupCheck;
import org.activationdesk.core.phone.InstallationId;

/**
 * The practice machine's IDs. Its Installation ID is a digest of the practice machine's state written in the real
 * layout (9 groups of 7 digits with their check digits), so the screens and the typing checks can be practised. Its
 * Confirmation ID is a digest of that Installation ID salted with a practice-only phrase: it has the shape of a real
 * one and means nothing outside this simulator. Its RD license server IDs start with {@code PRACTICE}. No Microsoft algorithm is implemented or imitated here, and no real
 * Windows accepts these IDs.
 */
final class PracticeIds {

    private static final String PRACTICE_SALT = "Activation Desk practice line: not valid on any real Windows";
    private static final String PRACTICE_SERVER_ID_PREFIX = "PRACTICE";
    private static final int RDS_ID_LENGTH = 35;

    private PracticeIds() {
    }

    /** The Installation ID of a practice product: it changes whenever its key or hardware binding changes. */
    static InstallationId installationId(String scenarioId, String activationId, String partialKey, int hardwareEpoch) {
        String digits = digits(String.join("|", scenarioId, activationId.toLowerCase(), partialKey,
                Integer.toString(hardwareEpoch)), InstallationId.GROUPS * (InstallationId.MODERN_GROUP_SIZE - 1));
        StringBuilder id = new StringBuilder();
        for (int group = 0; group < InstallationId.GROUPS; group++) {
            String data = digits.substring(group * 6, group * 6 + 6);
            id.append(data).append(IidGroupCheck.checkDigit(data));
        }
        return InstallationId.of(id.toString());
    }

    /** What the practice phone line reads back for an Installation ID; only the simulator accepts it. */
    static ConfirmationId confirmationId(InstallationId installationId) {
        return ConfirmationId.of(digits(PRACTICE_SALT + "|" + installationId.digits(), ConfirmationId.LENGTH));
    }

    /**
     * The practice Clearinghouse's license server ID for a practice server's Product ID: {@code PRACTICE} and 27
     * letters and digits of a salted digest, so it is plainly a practice ID. {@code issued} counts the IDs this server
     * was given before, so reactivation gets a new one.
     */
    static String licenseServerId(String productId, int issued) {
        StringBuilder id = new StringBuilder(PRACTICE_SERVER_ID_PREFIX);
        byte[] block = (PRACTICE_SALT + "|rds|" + productId + "|" + issued).getBytes(StandardCharsets.UTF_8);
        while (id.length() < RDS_ID_LENGTH) {
            block = sha256(block);
            id.append(new BigInteger(1, block).toString(Character.MAX_RADIX).toUpperCase(Locale.ROOT));
        }
        return id.substring(0, RDS_ID_LENGTH);
    }

    private static String digits(String seed, int count) {
        StringBuilder out = new StringBuilder();
        byte[] block = seed.getBytes(StandardCharsets.UTF_8);
        while (out.length() < count) {
            block = sha256(block);
            out.append(new BigInteger(1, block));
        }
        return out.substring(0, count);
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
