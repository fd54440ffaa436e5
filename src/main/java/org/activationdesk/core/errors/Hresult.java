package org.activationdesk.core.errors;

import java.util.Locale;

/**
 * A Windows HRESULT as the licensing service reports it. Kept as the raw 32-bit value so that
 * 0xC004FC07, -1073415161 and 3221552135 are one and the same code.
 */
public record Hresult(int value) {

    public static final Hresult S_OK = new Hresult(0);

    /** Parses the canonical form {@code 0x} followed by exactly eight hex digits, as written in data files. */
    public static Hresult parseCanonical(String text) {
        if (text == null || !text.matches("0[xX][0-9a-fA-F]{8}")) {
            throw new IllegalArgumentException("not an HRESULT of the form 0xC004FC07: " + text);
        }
        return new Hresult(Integer.parseUnsignedInt(text.substring(2), 16));
    }

    public boolean isFailure() {
        return value < 0;
    }

    public boolean isSuccess() {
        return !isFailure();
    }

    /** Severity-independent facility number (bits 16-26). */
    public int facility() {
        return (value >>> 16) & 0x7FF;
    }

    /** The low 16 bits: for facility Win32 (7) this is the Win32 error number. */
    public int code() {
        return value & 0xFFFF;
    }

    /** {@code 0xC004FC07}: upper-case hex, as Microsoft documents codes. */
    @Override
    public String toString() {
        return "0x" + String.format(Locale.ROOT, "%08X", value);
    }
}
