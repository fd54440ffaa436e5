package org.activationdesk.core.job;

/** Something that must hold before a job may run. Unmet ones are shown to the user, never skipped. */
public enum Precondition {
    /** The change needs an administrator token. */
    ELEVATION,
    /** The job needs a product with a key installed. */
    PRODUCT_WITH_KEY
}
