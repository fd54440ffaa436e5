package org.activationdesk.core.diagnose;

/**
 * Every diagnostic check, in the order screens and reports list them: what the licensing service says first,
 * then volume activation and RDS, then the probes of the computer and its network.
 */
public enum CheckId {
    /** The licensing service answers at all; every other check about Windows builds on its answer. */
    READ_LICENSING,
    LICENSE_STATUS,
    EVALUATION_EXPIRY,
    GRACE_REMAINING,
    REARM_COUNT,
    ELEVATION,
    KMS_CLIENT,
    KMS_HOST_COUNT,
    RDS_LICENSE_SERVER,
    /** The Software Protection service's state and startup type; disabled is 0x80070422. */
    LICENSING_SERVICE_STATE,
    /** The _vlmcs._tcp SRV record a KMS client looks up (needs the network adapter). */
    KMS_DNS,
    /** A TCP connect and RPC bind to the KMS host (needs the network adapter). */
    KMS_PORT,
    /** Microsoft's activation servers over HTTPS, through the proxy; not for KMS clients. */
    ONLINE_REACHABILITY,
    /** The system clock in UTC against the KMS host (KMS clients) or an HTTPS Date. */
    SYSTEM_CLOCK,
    /** A restart Windows is waiting for (servicing, Windows Update, file renames). */
    PENDING_REBOOT
}
