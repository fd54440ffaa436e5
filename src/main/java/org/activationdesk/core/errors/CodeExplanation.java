package org.activationdesk.core.errors;

import java.util.Objects;

/**
 * Any well-formed code explained in one language: from the catalog when it is known, otherwise from its
 * parts (severity, facility, code number).
 *
 * @param known            true when the text comes from the error catalog
 * @param symbol           the SDK symbol such as SL_E_VALIDITY_PERIOD_EXPIRED; null for a code the catalog lacks
 * @param fixFromMicrosoft true when the fix is Microsoft's own advice; false for ours (always for unknown codes)
 */
public record CodeExplanation(Hresult code, HresultParts parts, boolean known, String symbol, String title,
                              String cause, String fix, boolean fixFromMicrosoft) {

    public CodeExplanation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fix, "fix");
        if (known != (symbol != null)) {
            throw new IllegalArgumentException("a known code has a symbol, an unknown one has none: " + code);
        }
    }
}
