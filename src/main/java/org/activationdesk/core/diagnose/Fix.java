package org.activationdesk.core.diagnose;

import java.util.Objects;
import org.activationdesk.core.i18n.Phrase;

/**
 * What to do about a finding: a sentence for the reader and the screen that does it.
 *
 * @param target {@link FixTarget#NONE} when the sentence describes work done by hand
 */
public record Fix(FixTarget target, Phrase text) {

    public Fix {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
    }
}
