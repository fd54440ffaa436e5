package org.activationdesk.platform.windows;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Ole32;
import com.sun.jna.platform.win32.Shell32;
import com.sun.jna.platform.win32.ShellAPI;
import com.sun.jna.platform.win32.WinUser;
import java.nio.file.Path;
import java.util.Objects;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.AdministratorRestart;
import org.activationdesk.core.port.LicensingException;

/**
 * Starts a program elevated the way Explorer's "Run as administrator" does: {@code ShellExecuteEx} with the
 * {@code runas} verb, which shows Windows' consent prompt. Used for one program only, Activation Desk itself.
 */
public final class ShellRunAs implements AdministratorRestart {

    /** Windows asks COM-initialized callers; the Shell may hand the verb to a COM extension. */
    private static final int COINIT_APARTMENTTHREADED_DISABLE_OLE1DDE = 0x2 | 0x4;
    private static final int SEE_MASK_NOASYNC = 0x00000100;
    private static final int SEE_MASK_FLAG_NO_UI = 0x00000400;

    private final Path program;
    private final String parameters;

    /**
     * @param program    the executable to start
     * @param parameters its command line after the program name, quoted as Windows expects; may be empty
     */
    public ShellRunAs(Path program, String parameters) {
        this.program = Objects.requireNonNull(program, "program");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public void restart() throws LicensingException {
        // On a thread of its own, so the apartment it needs is not forced on a pool thread that WMI also uses.
        int[] error = new int[1];
        Thread shell = new Thread(() -> error[0] = execute(), "run-as-administrator");
        shell.start();
        try {
            shell.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LicensingException(new Hresult(0x800704C7), "Interrupted while Windows asked for consent");
        }
        if (error[0] != 0) {
            throw new LicensingException(new Hresult(error[0]), error[0] == DECLINED
                    ? "The administrator prompt was declined" : "Windows could not start Activation Desk elevated");
        }
    }

    /** Returns 0, or the failure as an HRESULT. */
    private int execute() {
        boolean comStarted = Ole32.INSTANCE.CoInitializeEx(null, COINIT_APARTMENTTHREADED_DISABLE_OLE1DDE)
                .intValue() >= 0;
        try {
            ShellAPI.SHELLEXECUTEINFO info = new ShellAPI.SHELLEXECUTEINFO();
            info.cbSize = info.size();
            // NOASYNC: the call returns only once the program is started; NO_UI: failures come back as codes, not
            // as Windows' own message boxes, so they are explained in the user's language like any other code.
            info.fMask = SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
            info.lpVerb = "runas";
            info.lpFile = program.toString();
            info.lpParameters = parameters.isEmpty() ? null : parameters;
            info.nShow = WinUser.SW_SHOWNORMAL;
            if (Shell32.INSTANCE.ShellExecuteEx(info)) {
                return 0;
            }
            int win32 = Native.getLastError();
            return win32 == 0 ? 0x80004005 : 0x80070000 | (win32 & 0xFFFF);
        } finally {
            if (comStarted) {
                Ole32.INSTANCE.CoUninitialize();
            }
        }
    }
}
