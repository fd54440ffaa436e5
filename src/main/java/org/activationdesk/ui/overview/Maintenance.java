package org.activationdesk.ui.overview;

/** The rarer changes a helpdesk makes on the product itself, each a job with its own confirmation. */
public enum Maintenance {
    /** slmgr /upk: remove the key, e.g. before handing a machine on. */
    UNINSTALL_KEY,
    /** slmgr /cpky: keep the key installed but unreadable from the registry. */
    CLEAR_KEY_FROM_REGISTRY,
    /** slmgr /rearm: the documented, counted reset of the grace timers; postpones, never activates. */
    REARM
}
