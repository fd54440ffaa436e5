package org.activationdesk.ui.phone;

/** The steps of phone activation, in the order the call goes. */
public enum PhoneStep {
    /** Choose the country or region; see the number to call. */
    REGION,
    /** Read the Installation ID to the phone line, group by group. */
    INSTALLATION_ID,
    /** Type the Confirmation ID the line reads back, blocks A to H. */
    CONFIRMATION_ID,
    /** Windows has the Confirmation ID: activated, or why not. */
    RESULT
}
