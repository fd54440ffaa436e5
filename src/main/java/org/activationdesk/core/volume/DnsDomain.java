package org.activationdesk.core.volume;

import java.util.Locale;
import java.util.Objects;

/**
 * The DNS domain a KMS client searches for its host, such as {@code corp.example}. The name it asks for is
 * {@code _vlmcs._tcp.corp.example}.
 */
public record DnsDomain(String name) {

    /** The SRV service and protocol labels of KMS, which a KMS host publishes itself under. */
    public static final String KMS_SRV_PREFIX = "_vlmcs._tcp.";

    public DnsDomain {
        Objects.requireNonNull(name, "name");
        name = name.toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a domain as typed; a pasted {@code _vlmcs._tcp.corp.example} is taken as {@code corp.example}, since
     * people copy the record name from nslookup.
     */
    public static DnsDomain parse(String text) throws BadAddressException {
        String input = HostPort.normalized(text);
        String domain = input.toLowerCase(Locale.ROOT).startsWith(KMS_SRV_PREFIX)
                ? input.substring(KMS_SRV_PREFIX.length()) : input;
        if (domain.isEmpty()) {
            throw new BadAddressException(AddressProblem.EMPTY, input, "");
        }
        if (domain.contains(":") || domain.contains("[")) {
            throw new BadAddressException(AddressProblem.NOT_A_DOMAIN, input, "");
        }
        String name = HostPort.name(input, domain);
        if (name.matches("[0-9.]+")) {
            throw new BadAddressException(AddressProblem.NOT_A_DOMAIN, input, ""); // an IPv4 address has no records
        }
        return new DnsDomain(name);
    }

    /** {@code _vlmcs._tcp.corp.example}: the name a KMS client looks up. */
    public String srvName() {
        return KMS_SRV_PREFIX + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
