package org.activationdesk.core.errors;

import java.util.Objects;

/**
 * A code explained for a helpdesk reader, in one language.
 *
 * @param symbol           the SDK symbol, e.g. SL_E_VALIDITY_PERIOD_EXPIRED
 * @param fixFromMicrosoft true when the fix is Microsoft's own advice, false when it is ours
 */
public record ErrorExplanation(Hresult code, String symbol, String title, String cause, String fix,
                               boolean fixFromMicrosoft) {

    public ErrorExplanation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(fix, "fix");
    }
}
