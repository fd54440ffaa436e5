package org.activationdesk.core.volume;

import java.util.Objects;

/** A DNS server to ask instead of the computer's own: {@code 192.0.2.53}, {@code dns01:5353}, {@code [::1]:53}. */
public record DnsServer(String host, int port) {

    public static final int DEFAULT_PORT = 53;

    public DnsServer {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
    }

    public static DnsServer parse(String text) throws BadAddressException {
        HostPort parsed = HostPort.parse(text, DEFAULT_PORT);
        return new DnsServer(parsed.host(), parsed.port());
    }

    @Override
    public String toString() {
        return new HostPort(host, port).toString();
    }
}
