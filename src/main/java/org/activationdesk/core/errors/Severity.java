package org.activationdesk.core.errors;

/** The top bit of an HRESULT. Informational codes such as {@code 0x4004F00C} are successes. */
public enum Severity {
    SUCCESS,
    FAILURE;

    public static Severity of(Hresult code) {
        return code.isFailure() ? FAILURE : SUCCESS;
    }
}
