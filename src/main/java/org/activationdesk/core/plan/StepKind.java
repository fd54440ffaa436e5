package org.activationdesk.core.plan;

/** One kind of step in an activation plan. */
public enum StepKind {
    /** {@code DISM /Online /Set-Edition:<target> /ProductKey:<key> /AcceptEula} (installs the key as well). */
    CONVERT_EDITION,
    /** A client edition change by entering the key. */
    CHANGE_EDITION_BY_KEY,
    /** Install the key (Settings, or slmgr /ipk). */
    INSTALL_KEY,
    RESTART,
    /** Activate with Microsoft: retail, OEM, MAK, a KMS host's own key. */
    ACTIVATE_ONLINE,
    /** Activate against the organisation's KMS host or Active Directory (a KMS client key). */
    ACTIVATE_WITH_KMS
}
