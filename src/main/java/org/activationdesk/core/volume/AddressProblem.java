package org.activationdesk.core.volume;

/** Why typed text is not a host, a host with port, or a DNS domain. Each has a text in both languages. */
public enum AddressProblem {
    EMPTY,
    TOO_LONG,
    /** A character no host name has (a space, a slash, a comma...). */
    BAD_CHARACTER,
    /** Two dots in a row, or a dot at the start. */
    EMPTY_LABEL,
    /** One part between dots longer than 63 characters. */
    LABEL_TOO_LONG,
    /** A part between dots that starts or ends with a hyphen. */
    LABEL_HYPHEN,
    /** Not a whole number from 1 to 65535. */
    BAD_PORT,
    /** {@code [fe80::1} without its closing bracket. */
    UNCLOSED_BRACKET,
    /** Text in brackets, or with two colons or more, that is no IPv6 address ({@code kms01:1688:}). */
    BAD_IPV6,
    /** A DNS domain was asked for, and an IP address or a port was given. */
    NOT_A_DOMAIN
}
