package org.activationdesk.ui.util;

/** How a status should look: green when all is well, amber while there is time, red when action is due. */
public enum StatusTone {
    GOOD,
    WARNING,
    PROBLEM,
    NEUTRAL
}
