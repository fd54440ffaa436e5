package org.activationdesk.core.port;

/**
 * The Windows licensing service, as the rest of the application sees it. Implemented by the real
 * service on Windows and by the practice simulator everywhere. Every call may block (RPC, WMI, network):
 * never call it on the JavaFX application thread.
 */
public interface LicensingService {

    /** Reads the current state of the machine and of every product that has a key. */
    MachineSnapshot snapshot() throws LicensingException;

    /**
     * Activates one product online (retail, MAK) or against its KMS host (KMS client).
     *
     * @throws LicensingException with the service's HRESULT when activation fails
     */
    void activateOnline(String activationId) throws LicensingException;
}
