package org.activationdesk.core.volume;

import java.util.Locale;
import java.util.Objects;

/**
 * A KMS host and its TCP port, as typed ({@code kms01.corp.example}, {@code kms01:1688}, {@code [2001:db8::10]:1688})
 * or as an SRV record names it.
 *
 * @param host a host name (lower case, no final dot), an IPv4 address, or an IPv6 address without brackets
 */
public record KmsEndpoint(String host, int port) {

    /** The port KMS listens on unless its administrator changed it. */
    public static final int DEFAULT_PORT = 1688;

    public KmsEndpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, was " + port);
        }
        host = host.toLowerCase(Locale.ROOT);
    }

    /** Reads {@code host}, {@code host:port} or {@code [v6]:port}; without a port, 1688. */
    public static KmsEndpoint parse(String text) throws BadAddressException {
        HostPort parsed = HostPort.parse(text, DEFAULT_PORT);
        return new KmsEndpoint(parsed.host(), parsed.port());
    }

    /** The host an SRV record names, at the port it names. */
    public static KmsEndpoint of(SrvRecord record) {
        return new KmsEndpoint(record.target(), record.port());
    }

    /** {@code kms01.corp.example:1688}, an IPv6 address in brackets. */
    @Override
    public String toString() {
        return new HostPort(host, port).toString();
    }
}
