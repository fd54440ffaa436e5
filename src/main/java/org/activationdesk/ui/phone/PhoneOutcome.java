package org.activationdesk.ui.phone;

import java.util.Set;
import org.activationdesk.core.errors.Hresult;

/** How a deposit ended, in the terms the person on the phone needs to decide what to do next. */
public enum PhoneOutcome {
    /** Windows is activated. */
    ACTIVATED,
    /** A digit of the Confirmation ID is wrong: compare block by block; what was typed is kept. */
    WRONG_CONFIRMATION_ID,
    /** The Installation ID changed or the Confirmation ID belongs to another one: start again with a new ID. */
    INSTALLATION_ID_CHANGED,
    /** Something else: the key, the service, elevation; explained by the error catalog. */
    OTHER_FAILURE;

    private static final Set<Hresult> WRONG_DIGITS = Set.of(new Hresult(0xC004F04D), new Hresult(0xC004F02C),
            new Hresult(0xC004F02F));
    private static final Set<Hresult> OTHER_ID = Set.of(new Hresult(0xC004F031), new Hresult(0xC004F07E),
            new Hresult(0xC004F07F));

    /** Sorts a deposit failure (phone-rds-kms.md §8.1). */
    public static PhoneOutcome of(Hresult code) {
        if (WRONG_DIGITS.contains(code)) {
            return WRONG_CONFIRMATION_ID;
        }
        return OTHER_ID.contains(code) ? INSTALLATION_ID_CHANGED : OTHER_FAILURE;
    }
}
