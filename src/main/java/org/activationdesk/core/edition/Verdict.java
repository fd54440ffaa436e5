package org.activationdesk.core.edition;

/** Whether a key fits the installed edition, and if not, whether a documented way leads there. */
public enum Verdict {
    /** The key is for the installed edition: install it and activate. */
    FITS,
    /** A client edition change that Windows makes by installing the key (key-formats.md §4.2, [MS-EDUPG]). */
    FITS_BY_KEY_CHANGE,
    /** A Windows Server edition conversion with DISM /Set-Edition, then a restart (§4.2, [MS-CONVERT]). */
    NEEDS_CONVERSION,
    /** No documented way, or a way that is blocked (see the obstacles). */
    IMPOSSIBLE,
    /** The key's edition could not be identified offline. */
    UNKNOWN
}
