package org.activationdesk.core.volume;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code _vlmcs._tcp} SRV record: a KMS host, its port, and the order a client tries it in.
 *
 * @param target   the host name, lower case, without the final dot; {@code .} (RFC 2782: "no service here")
 *                 is kept as {@code "."}
 * @param priority lower is tried first
 * @param weight   among records of one priority, the share of clients that pick this one
 * @param ttl      seconds a resolver may keep the answer
 */
public record SrvRecord(String target, int port, int priority, int weight, long ttl) {

    public SrvRecord {
        Objects.requireNonNull(target, "target");
        if (target.isBlank()) {
            throw new IllegalArgumentException("target must not be blank");
        }
        check(port, "port");
        check(priority, "priority");
        check(weight, "weight");
        if (ttl < 0 || ttl > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("ttl must be 0 to 4294967295, was " + ttl);
        }
        target = target.length() > 1 && target.endsWith(".") ? target.substring(0, target.length() - 1) : target;
        target = target.toLowerCase(Locale.ROOT);
    }

    private static void check(int value, String name) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException(name + " must be 0 to 65535, was " + value);
        }
    }

    /**
     * No host to connect to: RFC 2782's target "." (the service is decidedly not available in this domain), or
     * port 0, which no client can connect to.
     */
    public boolean isNoService() {
        return ".".equals(target) || port == 0;
    }
}
