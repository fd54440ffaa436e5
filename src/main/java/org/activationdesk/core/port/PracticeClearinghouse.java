package org.activationdesk.core.port;

/**
 * Practice mode's stand-in for the Microsoft Clearinghouse's web site and telephone line for RD license servers: given
 * the Product ID a trainee reads out, it answers with a practice license server ID that only the practice machine
 * accepts. There is no such port on a real machine: real license server IDs come only from Microsoft.
 */
public interface PracticeClearinghouse {

    /**
     * What the practice Clearinghouse answers now for this Product ID, 35 letters and digits: the license server ID
     * to activate a server that is not activated, or the new one to reactivate an activated server. The practice
     * server accepts it only when the Product ID is its own.
     */
    String licenseServerIdFor(String productId);
}
