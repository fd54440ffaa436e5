package org.activationdesk.core.plan;

import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.volume.KmsEndpoint;

/**
 * What the helpdesk wants to achieve on the machine: use a key, or move the machine between the volume channels
 * (KMS client, MAK; a KMS host back to a client).
 */
public sealed interface Intent permits Intent.UseKey, Intent.SwitchToKms, Intent.SwitchToMak {

    /** Install this key and activate with it, changing or converting the edition first where needed. */
    record UseKey(ProductKey key) implements Intent {
        public UseKey {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Make this computer a KMS client of the organization's own KMS host (or AD-based activation) and activate: a MAK,
     * retail or OEM computer gets Microsoft's published KMS client key for its edition, a KMS host turns back into a
     * client, and a KMS client only gets its host set or cleared.
     *
     * @param host the KMS host to set by hand: one the user typed or the organization's DNS named, never another;
     *             empty to let the computer find its host in DNS (a host set by hand is then cleared)
     */
    record SwitchToKms(Optional<KmsEndpoint> host) implements Intent {
        public SwitchToKms {
            Objects.requireNonNull(host, "host");
        }
    }

    /**
     * Install the organization's MAK and activate it with Microsoft, online or by phone.
     *
     * @param byPhone activate by phone (a closed network) instead of online
     */
    record SwitchToMak(ProductKey key, boolean byPhone) implements Intent {
        public SwitchToMak {
            Objects.requireNonNull(key, "key");
        }
    }

    static Intent useKey(ProductKey key) {
        return new UseKey(key);
    }

    /** KMS client, finding the host in DNS. */
    static Intent switchToKms() {
        return new SwitchToKms(Optional.empty());
    }

    /** KMS client of this host, which the user typed or DNS named. */
    static Intent switchToKms(KmsEndpoint host) {
        return new SwitchToKms(Optional.of(host));
    }

    static Intent switchToMak(ProductKey key) {
        return new SwitchToMak(key, false);
    }

    static Intent switchToMak(ProductKey key, boolean byPhone) {
        return new SwitchToMak(key, byPhone);
    }
}
