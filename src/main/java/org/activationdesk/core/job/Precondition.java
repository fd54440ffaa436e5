package org.activationdesk.core.job;

/** Something that must hold before a job may run. Unmet ones are shown to the user, never skipped. */
public enum Precondition {
    /** The change needs an administrator token. */
    ELEVATION,
    /** The job needs a product with a key installed. */
    PRODUCT_WITH_KEY,
    /** A KMS client key changes how the machine activates: the user must say yes to it explicitly. */
    GVLK_CONFIRMATION,
    /** The key is for another edition than the one installed; Windows would refuse it. */
    KEY_FOR_THIS_EDITION,
    /** KMS client keys activate against a KMS host only, never by phone. */
    NOT_A_KMS_CLIENT,
    /** Every rearm has been used. */
    REARMS_LEFT,
    /** Windows cannot convert a domain controller from an evaluation edition. */
    NOT_AN_EVALUATION_DOMAIN_CONTROLLER,
    /** A KMS host name must be a host name or an IP address, with a port from 1 to 65535. */
    VALID_KMS_HOST,
    /** Activation is for an RD license server that is not activated yet (an activated one is reactivated). */
    RDS_NOT_ACTIVATED,
    /** Reactivation is for an RD license server that is activated. */
    RDS_ACTIVATED,
    /** Automatic (re)activation sends first name, last name, company and country or region to Microsoft. */
    RDS_CONTACT,
    /** Reactivation by web or telephone takes the new license server ID, not the one the server has. */
    RDS_NEW_SERVER_ID
}
