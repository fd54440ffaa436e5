package org.activationdesk.core.edition;

/** Something to know before going ahead; never a reason to stop on its own. */
public enum Caution {
    /** A KMS host key (CSVLK): installing it makes this computer a KMS host (key-formats.md §5.3, §7). */
    KMS_HOST_KEY,
    /** A published KMS client key: it activates only against the organisation's KMS host or AD activation. */
    GVLK_NEEDS_KMS_HOST,
    /** Home to Pro (for Workstations) works only by typing the key by hand (§4.2, [MS-EDUPG]). */
    MANUAL_KEY_ENTRY_ONLY,
    /** DISM has been reported to reject MAK and retail keys when converting (companion doc D.1, UNCONFIRMED). */
    DISM_MAY_REJECT_KEY,
    /** The published key is listed for another Windows Server version than the one installed. */
    KEY_FOR_OTHER_VERSION,
    /** A pkey2005 key (no N): it cannot be checked before Windows installs it (§2). */
    LEGACY_KEY_UNCHECKED,
    /** The key is well-formed, but neither the published list nor this machine's configurations know it. */
    KEY_NOT_IDENTIFIED,
    /** This process has no administrator rights, which installing keys and converting need. */
    NOT_ELEVATED,
    /** The same key is installed already. */
    KEY_ALREADY_INSTALLED,
    // Switching between volume channels (phone-rds-kms.md §6, key-formats.md §5.3, §6.1)
    /** No KMS host is set by hand: the computer looks for the {@code _vlmcs._tcp} record of its domain. */
    KMS_HOST_FROM_DNS,
    /** No KMS host is set and the computer has no DNS domain to look for one in. */
    NO_DNS_DOMAIN,
    /** The installed retail, OEM or MAK key is replaced; going back needs that key again. */
    REPLACES_CURRENT_KEY,
    /** This KMS host has counted fewer than 25 computers, so its clients get 0xC004F038. */
    KMS_HOST_BELOW_THRESHOLD,
    /** This computer stops being a KMS host; the computers it activated need another way. */
    HOST_STOPS_SERVING,
    /** A former KMS host as a client needs another KMS host or AD-based activation, or it gets 0xC004F074. */
    NEEDS_ANOTHER_KMS_HOST,
    /** A MAK activates a limited number of computers, each one counted by Microsoft (0xC004C008 when used up). */
    MAK_ACTIVATIONS_COUNTED,
    /** The key is known, but as another kind of key than a MAK (retail, for example). */
    KEY_NOT_A_MAK
}
