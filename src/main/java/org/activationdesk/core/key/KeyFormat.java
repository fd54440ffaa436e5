package org.activationdesk.core.key;

/** Which key algorithm a 25-character key belongs to (key-formats.md §1, §2). */
public enum KeyFormat {
    /** Windows 8 / Server 2012 and later: one {@code N}, a 10-bit checksum that can be checked offline. */
    PKEY2009("pkey2009"),
    /** Vista, 7, Server 2008 (R2): no {@code N}; only length and alphabet can be checked offline. */
    PKEY2005("pkey2005"),
    /** Not a well-formed key of either kind. */
    UNKNOWN("unknown");

    private final String id;

    KeyFormat(String id) {
        this.id = id;
    }

    /** The name scripts see ({@code pkey2009}, {@code pkey2005}, {@code unknown}). */
    public String id() {
        return id;
    }
}
