package org.activationdesk.core.port;

/**
 * Starts Activation Desk again with administrator rights, for a user who opened it without them: Windows asks for
 * consent (UAC) and the new instance starts; this one should then close. It changes nothing on the machine, so it
 * writes no journal line. Offered only on the real Windows service, where the way this instance was started is known.
 */
public interface AdministratorRestart {

    /** HRESULT_FROM_WIN32(ERROR_CANCELLED): the user said no in Windows' consent prompt. */
    int DECLINED = 0x800704C7;

    /**
     * Asks Windows to start the new instance; blocks until Windows has started it or refused. Never call it on the
     * JavaFX application thread: the consent prompt waits for the user.
     *
     * @throws LicensingException with {@link #DECLINED} when the user declined, or Windows' code for another failure
     */
    void restart() throws LicensingException;
}
