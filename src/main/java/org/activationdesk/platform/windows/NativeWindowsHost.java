package org.activationdesk.platform.windows;

import com.sun.jna.Platform;
import com.sun.jna.platform.win32.Advapi32;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Win32Exception;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import com.sun.jna.ptr.IntByReference;
import java.nio.file.Path;
import java.util.Optional;

/** {@link WindowsHost} through the token API and the registry (read only). */
final class NativeWindowsHost implements WindowsHost {

    private static final String CURRENT_VERSION = "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";

    @Override
    public boolean elevated() {
        WinNT.HANDLEByReference token = new WinNT.HANDLEByReference();
        if (!Advapi32.INSTANCE.OpenProcessToken(Kernel32.INSTANCE.GetCurrentProcess(), WinNT.TOKEN_QUERY, token)) {
            return false;
        }
        try {
            WinNT.TOKEN_ELEVATION elevation = new WinNT.TOKEN_ELEVATION();
            return Advapi32.INSTANCE.GetTokenInformation(token.getValue(),
                    WinNT.TOKEN_INFORMATION_CLASS.TokenElevation, elevation, elevation.size(), new IntByReference())
                    && elevation.TokenIsElevated != 0;
        } finally {
            Kernel32.INSTANCE.CloseHandle(token.getValue());
        }
    }

    @Override
    public Optional<String> editionId() {
        try {
            return Optional.ofNullable(Advapi32Util.registryGetStringValue(WinReg.HKEY_LOCAL_MACHINE, CURRENT_VERSION,
                    "EditionID")).map(String::strip).filter(id -> !id.isEmpty());
        } catch (Win32Exception absent) {
            return Optional.empty();
        }
    }

    @Override
    public Path systemDirectory() {
        String root = Optional.ofNullable(System.getenv("SystemRoot")).orElse("C:\\Windows");
        // A 32-bit JVM on 64-bit Windows is redirected from System32 to SysWOW64; Sysnative reaches the real one.
        boolean wow64 = !Platform.is64Bit() && System.getenv("PROCESSOR_ARCHITEW6432") != null;
        return Path.of(root, wow64 ? "Sysnative" : "System32");
    }
}
