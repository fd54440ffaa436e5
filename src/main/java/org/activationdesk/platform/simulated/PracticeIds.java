package org.activationdesk.platform.simulated;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.IidGroupCheck;
import org.activationdesk.core.phone.InstallationId;

/**
 * The practice machine's IDs. Its Installation ID is a digest of the practice machine's state written in the real
 * layout (9 groups of 7 digits with their check digits), so the screens and the typing checks can be practised. Its
 * Confirmation ID is a digest of that Installation ID salted with a practice-only phrase: it has the shape of a real
 * one and means nothing outside this simulator. No Microsoft algorithm is implemented or imitated here, and no real
 * Windows accepts these IDs.
 */
final class PracticeIds {

    private static final String PRACTICE_SALT = "Activation Desk practice line: not valid on any real Windows";

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
