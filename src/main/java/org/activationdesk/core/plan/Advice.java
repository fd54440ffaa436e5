package org.activationdesk.core.plan;

import java.util.Objects;
import org.activationdesk.core.errors.Hresult;

/**
 * The next step and the code that led to it.
 *
 * @param because the HRESULT that decided the step, or null when the step follows from the state alone
 */
public record Advice(NextStep step, Hresult because) {

    public Advice {
        Objects.requireNonNull(step, "step");
    }
}
