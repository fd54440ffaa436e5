package org.activationdesk.core.key;

/** The outcome of the offline checksum (key-formats.md §1.5). */
public enum ChecksumState {
    OK("ok"),
    BAD("bad"),
    /** No checksum to test: a pkey2005 key, or input that is not a key in shape. */
    NOT_APPLICABLE("n/a");

    private final String id;

    ChecksumState(String id) {
        this.id = id;
    }

    /** The name scripts see ({@code ok}, {@code bad}, {@code n/a}). */
    public String id() {
        return id;
    }
}
