package org.activationdesk.core.plan;

import java.util.Objects;
import org.activationdesk.core.key.ProductKey;

/**
 * What the helpdesk wants to achieve on the machine. Only using a key is planned so far; switching to KMS and
 * phone activation are meant to join as further intents.
 */
public sealed interface Intent permits Intent.UseKey {

    /** Install this key and activate with it, changing or converting the edition first where needed. */
    record UseKey(ProductKey key) implements Intent {
        public UseKey {
            Objects.requireNonNull(key, "key");
        }
    }

    static Intent useKey(ProductKey key) {
        return new UseKey(key);
    }
}
