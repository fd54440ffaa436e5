package org.activationdesk.core.key;

import java.util.regex.Pattern;

/**
 * A product key as it may be shown anywhere: only the last group is readable, the way Windows itself
 * shows the partial key. The full key never leaves the entry field.
 */
public final class MaskedKey {

    private static final String HIDDEN_GROUPS = "*****-*****-*****-*****-";
    private static final Pattern LAST_GROUP = Pattern.compile("[0-9A-Z]{5}");

    private MaskedKey() {
    }

    /** {@code *****-*****-*****-*****-T83GX} from the partial key {@code T83GX}. */
    public static String fromPartialKey(String partialKey) {
        if (partialKey == null || !LAST_GROUP.matcher(partialKey).matches()) {
            throw new IllegalArgumentException("a partial key is the last five characters of a key");
        }
        return HIDDEN_GROUPS + partialKey;
    }
}
