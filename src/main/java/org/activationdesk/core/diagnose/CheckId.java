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
    /** The Software Protection service's state and start type (needs the Windows bridge). */
    LICENSING_SERVICE_STATE,
    /** The _vlmcs._tcp SRV record a KMS client looks up (needs the network adapter). */
    KMS_DNS,
    /** A TCP connect and RPC bind to the KMS host (needs the network adapter). */
    KMS_PORT,
    /** Microsoft's activation servers through the proxy (needs the network adapter). */
    ONLINE_REACHABILITY,
    /** The system clock against a time source (needs the Windows bridge). */
    SYSTEM_CLOCK,
    /** A restart Windows is waiting for (needs the Windows bridge). */
    PENDING_REBOOT
}
