package org.activationdesk.core.job;

/** Something that must hold before a job may run. Unmet ones are shown to the user, never skipped. */
public enum Precondition {
    /** The change needs an administrator token. */
    ELEVATION,
    /** The job needs a product with a key installed. */
    PRODUCT_WITH_KEY,
    /** Activation is for an RD license server that is not activated yet (an activated one is reactivated). */
    RDS_NOT_ACTIVATED,
    /** Reactivation is for an RD license server that is activated. */
    RDS_ACTIVATED,
    /** Automatic (re)activation sends first name, last name, company and country or region to Microsoft. */
    RDS_CONTACT,
    /** Reactivation by web or telephone takes the new license server ID, not the one the server has. */
    RDS_NEW_SERVER_ID
}
