package org.activationdesk.core.plan;

import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.volume.KmsEndpoint;

/**
 * What a switch plan moves between: the channel now, the kind of move, the published KMS client key it would install
 * (public, so a screen may show it whole; its {@code toString} is masked all the same) and the KMS host it would set.
 *
 * @param from         the installed product's channel, {@link Channel#UNKNOWN} when no key is installed
 * @param publishedKey the KMS client key for this edition and version; empty for a MAK, or when none is published
 * @param kmsHost      the host the plan sets by hand; empty when the computer finds its host in DNS
 */
public record ChannelSwitch(SwitchKind kind, Channel from, Optional<GvlkCatalog.Entry> publishedKey,
                            Optional<KmsEndpoint> kmsHost) {

    public ChannelSwitch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(publishedKey, "publishedKey");
        Objects.requireNonNull(kmsHost, "kmsHost");
    }
}
