package org.activationdesk.core.port;

import java.util.Objects;
import org.activationdesk.core.i18n.LocalizedString;

/** A practice situation as menus and banners name it. */
public record PracticeScenario(String id, LocalizedString title, LocalizedString summary) {

    public PracticeScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
    }
}
