package org.activationdesk.core.port;

import java.util.Objects;
import java.util.Set;

/**
 * What a product key configuration says about the keys of one group and serial range: the pkeyconfig
 * {@code Configuration} and {@code KeyRange} a key falls into (key-formats.md §1.9).
 *
 * @param groupId        pkeyconfig {@code RefGroupId}, 0 to 1 048 575 (20 bits)
 * @param serialFrom     first serial of the range, inclusive
 * @param serialTo       last serial of the range, inclusive (a serial has 30 bits)
 * @param editionId      the EditionID the key installs, e.g. {@code ServerDatacenter}
 * @param productKeyType the ProductKeyType, e.g. {@code Volume:GVLK}, {@code Retail}, {@code OEM:DM}
 * @param description    the configuration's product description, for people
 */
public record KeyConfiguration(int groupId, long serialFrom, long serialTo, String editionId, String productKeyType,
                               String description) {

    public static final int MAX_GROUP_ID = (1 << 20) - 1;
    public static final long MAX_SERIAL = (1L << 30) - 1;

    /**
     * The ProductKeyType vocabulary a Windows component compares against (key-formats.md §5.1); anything else is a
     * typing mistake in a scenario, not a new channel.
     */
    public static final Set<String> PRODUCT_KEY_TYPES = Set.of("Retail", "Retail:TB", "Retail:TB:Eval",
            "Retail:TB:Trial", "Retail:TB:Promo", "Retail:TB:Sub", "OEM:SLP", "OEM:COA", "OEM:DM", "OEM:NONSLP",
            "Volume", "Volume:CSVLK", "Volume:GVLK", "Volume:MAK", "VT:IA");

    public KeyConfiguration {
        if (groupId < 0 || groupId > MAX_GROUP_ID) {
            throw new IllegalArgumentException("groupId must be 0 to " + MAX_GROUP_ID + ", was " + groupId);
        }
        if (serialFrom < 0 || serialTo > MAX_SERIAL || serialFrom > serialTo) {
            throw new IllegalArgumentException("serialFrom and serialTo must satisfy 0 <= serialFrom <= serialTo <= "
                    + MAX_SERIAL);
        }
        if (editionId == null || !editionId.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("editionId must be an edition name such as ServerDatacenter");
        }
        if (!PRODUCT_KEY_TYPES.contains(productKeyType)) {
            throw new IllegalArgumentException("productKeyType must be one of " + String.join(", ",
                    PRODUCT_KEY_TYPES.stream().sorted().toList()));
        }
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("description must not be empty");
        }
    }

    public boolean covers(int group, long serial) {
        return group == groupId && serial >= serialFrom && serial <= serialTo;
    }

    public boolean overlaps(KeyConfiguration other) {
        return other.groupId == groupId && other.serialFrom <= serialTo && serialFrom <= other.serialTo;
    }

    /** The channel in plain words. */
    public Channel channel() {
        return Channel.fromProductKeyChannel(productKeyType);
    }
}
