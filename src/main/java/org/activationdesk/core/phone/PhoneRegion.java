package org.activationdesk.core.phone;

import java.util.List;
import java.util.Objects;
import org.activationdesk.core.i18n.LocalizedString;

/**
 * A country or region in the phone activation directory and the numbers Windows lists for it.
 *
 * @param code    the ISO 3166 alpha-3 code the directory uses, e.g. {@code JPN}
 * @param numbers the numbers to call as the directory writes them; empty for the practice line, which answers inside
 *                the app
 */
public record PhoneRegion(String code, LocalizedString name, List<String> numbers) {

    public PhoneRegion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        numbers = List.copyOf(numbers);
    }

    public boolean isPracticeLine() {
        return numbers.isEmpty();
    }
}
