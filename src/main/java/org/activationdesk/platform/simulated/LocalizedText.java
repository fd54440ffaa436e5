package org.activationdesk.platform.simulated;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.activationdesk.core.i18n.LocalizedString;

/** A text a scenario author writes in both languages. */
record LocalizedText(@JsonProperty(required = true) String en, @JsonProperty(required = true) String ja) {

    LocalizedText {
        new LocalizedString(en, ja);
    }

    LocalizedString toDomain() {
        return new LocalizedString(en, ja);
    }
}
