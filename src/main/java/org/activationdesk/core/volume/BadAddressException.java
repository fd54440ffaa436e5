package org.activationdesk.core.volume;

import java.util.Objects;
import org.activationdesk.core.i18n.Messages;

/** Typed text that is not a usable host, endpoint or domain; says what and where in the user's language. */
public final class BadAddressException extends Exception {

    private final AddressProblem problem;
    private final String input;
    private final String detail;

    /**
     * @param detail what exactly is wrong (the character, the port text), or empty
     */
    public BadAddressException(AddressProblem problem, String input, String detail) {
        super(problem + ": " + input + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.problem = Objects.requireNonNull(problem, "problem");
        this.input = Objects.requireNonNull(input, "input");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public AddressProblem problem() {
        return problem;
    }

    public String input() {
        return input;
    }

    public String detail() {
        return detail;
    }

    /** "“kms 01:1688” cannot be used: it contains a character no host name has (“ ”)." */
    public String describe(Messages m) {
        String what = m.of("volume.address.problem", problem);
        return detail.isEmpty() ? m.get("volume.address.invalid", input, what)
                : m.get("volume.address.invalidDetail", input, what, detail);
    }
}
