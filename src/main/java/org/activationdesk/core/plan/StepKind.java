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
    ACTIVATE_WITH_KMS,
    /** Use this KMS host instead of the one DNS names (slmgr /skms). */
    SET_KMS_HOST,
    /** Forget the KMS host set by hand and find it in DNS again (slmgr /ckms). */
    CLEAR_KMS_HOST,
    /** Activate with Microsoft by phone: the phone activation screen (slui 4). */
    ACTIVATE_BY_PHONE,
    /** Delete the _vlmcs._tcp record that names this former KMS host; done in DNS by its administrator. */
    REMOVE_SRV_RECORD
}
