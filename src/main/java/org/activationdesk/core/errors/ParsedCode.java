package org.activationdesk.core.errors;

import java.util.Objects;

/**
 * What {@link HresultParser} made of a piece of text: either the error code it holds, or why it holds none.
 * Never an exception: text a person pasted is not a programming error.
 */
public sealed interface ParsedCode permits ParsedCode.Found, ParsedCode.NotACode {

    /** The text holds this code. */
    record Found(Hresult code) implements ParsedCode {
        public Found {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * The text holds no code.
     *
     * @param offending the part of the text that came closest (such as {@code 0x123} or {@code 9003}), or the
     *                  whole text when nothing came close; empty for {@link Reason#EMPTY}
     */
    record NotACode(Reason reason, String offending) implements ParsedCode {
        public NotACode {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(offending, "offending");
        }
    }

    /** Why a text is not a code; each reason has a message in every language ({@code explain.notACode.*}). */
    enum Reason {
        /** Nothing but white space. */
        EMPTY,
        /** No number and no 0x at all. */
        NO_CODE,
        /** {@code 0x} with other than eight hex digits ({@code 0x123}, {@code 0xC004FC07FF}). */
        HEX_LENGTH,
        /** A decimal that does not fit in 32 bits ({@code 4294967296}). */
        OUT_OF_RANGE,
        /** A decimal too small to be an HRESULT ({@code 9003}): maybe a Win32 error number, which we do not guess. */
        PLAIN_NUMBER
    }
}
