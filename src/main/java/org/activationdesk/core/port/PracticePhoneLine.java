package org.activationdesk.core.port;

import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;

/**
 * Practice mode's stand-in for Microsoft's phone line: given the Installation ID a trainee reads out, it answers
 * with a practice Confirmation ID that only the practice machine accepts. There is no such port on a real machine:
 * real Confirmation IDs come only from Microsoft.
 */
public interface PracticePhoneLine {

    ConfirmationId confirmationIdFor(InstallationId installationId);
}
