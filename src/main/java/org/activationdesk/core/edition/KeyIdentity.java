package org.activationdesk.core.edition;

import java.util.List;
import java.util.Objects;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.port.Channel;

/**
 * What could be learnt offline about a key: its format, its group and serial, and, when a source knew them, its
 * product, edition and channel. No key inside, so it may be printed and logged.
 *
 * @param groupId        decoded group ID (pkey2009), or null
 * @param serial         decoded serial (pkey2009), or null
 * @param source         who identified it
 * @param product        a name for people (e.g. "Windows Server 2019 Datacenter"), or null when unknown
 * @param editionId      the EditionID the key installs, or null when unknown
 * @param productKeyType the ProductKeyType such as {@code Volume:GVLK}, or null when unknown
 * @param family         client or server, as far as known
 * @param osVersions     the OS versions a published key is listed for (e.g. 2019), empty otherwise
 */
public record KeyIdentity(KeyFormat format, Integer groupId, Long serial, Source source, String product,
                          String editionId, String productKeyType, ProductFamily family, List<String> osVersions) {

    /** Who identified the key. */
    public enum Source {
        /** Microsoft's published KMS client key list (the key itself matched). */
        PUBLISHED_GVLK,
        /** The machine's key configurations (pkeyconfig, or the practice scenario's ranges). */
        KEY_CONFIGURATION,
        /** Nobody: only the shape of the key is known. */
        NONE
    }

    public KeyIdentity {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(family, "family");
        osVersions = List.copyOf(osVersions);
    }

    public Channel channel() {
        return Channel.fromProductKeyChannel(productKeyType);
    }

    public boolean isPublishedGvlk() {
        return source == Source.PUBLISHED_GVLK;
    }

    public boolean isIdentified() {
        return source != Source.NONE;
    }
}
