package org.activationdesk.core.edition;

/** Why a key cannot be used on this machine as it is; each one blocks a plan. */
public enum Obstacle {
    /** An evaluation domain controller cannot be converted (key-formats.md §4.3, [MS-CONVERT]). */
    DOMAIN_CONTROLLER_EVALUATION,
    /** A client Windows key on Windows Server. */
    CLIENT_KEY_ON_SERVER,
    /** A Windows Server key on client Windows. */
    SERVER_KEY_ON_CLIENT,
    /** A key for a lower edition than the installed one; editions do not step down by key. */
    LOWER_EDITION,
    /** DISM does not offer the key's edition as a target from the installed edition (§4.2). */
    CONVERSION_NOT_OFFERED,
    /** Microsoft documents no change between these two editions. */
    NO_DOCUMENTED_PATH,
    /** Client evaluation editions cannot be converted in place (§4.5, UNVERIFIED): reinstall. */
    CLIENT_EVALUATION,
    /** An evaluation edition must be converted to a target edition, and the key's edition is not known. */
    TARGET_EDITION_UNKNOWN,
    // Switching between volume channels
    /** Microsoft publishes no KMS client key for the installed edition and version (Home editions have none). */
    NO_PUBLISHED_GVLK,
    /** A MAK was asked for, and the key is Microsoft's public KMS client key. */
    GVLK_IS_NOT_A_MAK,
    /** A MAK was asked for, and the key is a KMS host key (CSVLK). */
    KMS_HOST_KEY_IS_NOT_A_MAK
}
