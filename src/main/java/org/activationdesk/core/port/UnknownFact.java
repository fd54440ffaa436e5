package org.activationdesk.core.port;

import java.util.Objects;

/**
 * Why a fact about the computer is not known: said instead of a guess.
 *
 * @param detail technical detail for a ticket (an HRESULT, an exception's name), or empty
 */
public record UnknownFact(Reason reason, String detail) {

    /** Each has a text in both languages ({@code health.unknown.*}). */
    public enum Reason {
        /** The fact exists only on Windows, and this is not Windows. */
        NOT_WINDOWS,
        /** A practice scenario without the section that would say. */
        NOT_IN_SCENARIO,
        /** This composition has no way to read it (a test double, a machine opened without it). */
        NOT_AVAILABLE,
        /** No answer in time. */
        TIMED_OUT,
        ACCESS_DENIED,
        /** The read failed; the detail says how. */
        FAILED
    }

    public UnknownFact {
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }

    public static UnknownFact of(Reason reason) {
        return new UnknownFact(reason, "");
    }
}
