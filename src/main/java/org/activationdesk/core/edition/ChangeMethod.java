package org.activationdesk.core.edition;

/** How the installed edition becomes the key's edition. */
public enum ChangeMethod {
    /** No edition change: the key is simply installed. */
    NONE,
    /** The client edition changes when the key is installed (Settings, changepk.exe, slmgr /ipk). */
    KEY_CHANGE,
    /** {@code DISM /Online /Set-Edition:<target> /ProductKey:<key> /AcceptEula}, Windows Server only. */
    DISM_SET_EDITION
}
