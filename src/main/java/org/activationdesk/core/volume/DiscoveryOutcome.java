package org.activationdesk.core.volume;

import java.util.Locale;

/** How the DNS server answered the SRV query. */
public enum DiscoveryOutcome {
    /** At least one record names a host. */
    FOUND,
    /** NXDOMAIN: {@code _vlmcs._tcp.<domain>} does not exist. What KMS clients report as 0x8007232B. */
    NO_SUCH_NAME,
    /** The name exists, but holds no SRV record that names a host. Clients see it as 0x8007232B too. */
    NO_RECORDS,
    /** No answer in time. */
    TIMEOUT,
    /** An answer that says the server failed (SERVFAIL, REFUSED...), or one that cannot be read. */
    FAILED;

    /** {@code found}, {@code no-such-name}...: the names of {@code kms-discover --json}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
