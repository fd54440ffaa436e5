package org.activationdesk.core.volume;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reads what people type for a host: {@code kms01}, {@code kms01.corp.example:1688}, {@code 192.0.2.10},
 * {@code [2001:db8::10]:1688} or a bare {@code 2001:db8::10} (as slmgr /skms takes them). Full-width characters
 * typed through an IME are read as their ordinary forms. Checks the shape only; it never looks a name up.
 */
record HostPort(String host, int port) {

    /** A DNS name is at most 253 characters without its final dot (RFC 1035). */
    static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    static HostPort parse(String text, int defaultPort) throws BadAddressException {
        String input = normalized(text);
        if (input.isEmpty()) {
            throw new BadAddressException(AddressProblem.EMPTY, "", "");
        }
        if (input.length() > MAX_NAME + 8) { // room for [brackets] and :65535
            throw new BadAddressException(AddressProblem.TOO_LONG, shortened(input), String.valueOf(input.length()));
        }
        if (input.startsWith("[")) {
            int close = input.indexOf(']');
            if (close < 0) {
                throw new BadAddressException(AddressProblem.UNCLOSED_BRACKET, input, "");
            }
            String address = ipv6(input, input.substring(1, close));
            String rest = input.substring(close + 1);
            if (rest.isEmpty()) {
                return new HostPort(address, defaultPort);
            }
            if (!rest.startsWith(":")) {
                throw new BadAddressException(AddressProblem.BAD_CHARACTER, input, rest.substring(0, 1));
            }
            return new HostPort(address, port(input, rest.substring(1)));
        }
        int colon = input.indexOf(':');
        if (colon >= 0 && input.indexOf(':', colon + 1) >= 0) {
            return new HostPort(ipv6(input, input), defaultPort); // two colons: an IPv6 address without a port
        }
        String host = colon < 0 ? input : input.substring(0, colon);
        int port = colon < 0 ? defaultPort : port(input, input.substring(colon + 1));
        return new HostPort(name(input, host), port);
    }

    /** The text with IME full-width forms made ordinary ("ｋｍｓ０１：１６８８") and surrounding blanks removed. */
    static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** A host name or IPv4 address; a final dot (a fully qualified name) is dropped. */
    static String name(String input, String host) throws BadAddressException {
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty()) {
            throw new BadAddressException(host.isEmpty() ? AddressProblem.EMPTY : AddressProblem.EMPTY_LABEL, input, "");
        }
        if (name.length() > MAX_NAME) {
            throw new BadAddressException(AddressProblem.TOO_LONG, shortened(input), String.valueOf(name.length()));
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
            if (!allowed) {
                throw new BadAddressException(AddressProblem.BAD_CHARACTER, input, visible(name.codePointAt(i)));
            }
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new BadAddressException(AddressProblem.EMPTY_LABEL, input, "");
            }
            if (label.length() > MAX_LABEL) {
                throw new BadAddressException(AddressProblem.LABEL_TOO_LONG, shortened(input), shortened(label));
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw new BadAddressException(AddressProblem.LABEL_HYPHEN, input, label);
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String ipv6(String input, String address) throws BadAddressException {
        // Shape only: hex groups, colons, an embedded IPv4 tail, a %zone. The socket layer parses it for real.
        boolean shaped = address.contains(":") && address.matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?");
        if (!shaped) {
            throw new BadAddressException(AddressProblem.BAD_IPV6, input, "");
        }
        return address.toLowerCase(Locale.ROOT);
    }

    private static int port(String input, String text) throws BadAddressException {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new BadAddressException(AddressProblem.BAD_PORT, input, text);
        }
        return Integer.parseInt(text);
    }

    boolean isIpv6() {
        return host.contains(":");
    }

    /** {@code host:port}, with an IPv6 address in brackets, as slmgr /skms writes it. */
    @Override
    public String toString() {
        return (isIpv6() ? "[" + host + "]" : host) + ":" + port;
    }

    private static String visible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                ? String.format(Locale.ROOT, "U+%04X", codePoint) : new String(Character.toChars(codePoint));
    }

    /** Messages quote the input; a pasted page must not fill the screen. */
    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
