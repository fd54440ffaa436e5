package org.activationdesk.platform.windows;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.W32Errors;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;

/**
 * {@link Registry} through Advapi32 (read only), always in the 64-bit view: a 32-bit JVM would otherwise read the
 * redirected WOW6432Node copy of SOFTWARE, where Windows keeps no restart markers.
 */
final class NativeRegistry implements Registry {

    @Override
    public boolean keyExists(String path) throws WindowsCallException {
        try {
            return Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, path, WinNT.KEY_WOW64_64KEY);
        } catch (Win32Exception e) {
            throw failure("RegOpenKeyEx " + path, e);
        }
    }

    @Override
    public Optional<List<String>> multiString(String path, String name) throws WindowsCallException {
        try {
            if (!Advapi32Util.registryValueExists(WinReg.HKEY_LOCAL_MACHINE, path, name, WinNT.KEY_WOW64_64KEY)) {
                return Optional.empty();
            }
            return Optional.of(List.of(Advapi32Util.registryGetStringArray(WinReg.HKEY_LOCAL_MACHINE, path, name,
                    WinNT.KEY_WOW64_64KEY)));
        } catch (Win32Exception e) {
            if (e.getErrorCode() == WinError.ERROR_FILE_NOT_FOUND) {
                return Optional.empty();
            }
            throw failure("RegQueryValueEx " + name, e);
        }
    }

    private static WindowsCallException failure(String call, Win32Exception e) {
        return new WindowsCallException(call, new Hresult(W32Errors.HRESULT_FROM_WIN32(e.getErrorCode()).intValue()), e);
    }
}
