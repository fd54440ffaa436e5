package org.activationdesk.platform.windows.slc;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.win32.StdCallLibrary;
import java.util.Map;
import java.util.Objects;

/**
 * The native libraries behind {@link SlcUtil}: on Windows slc.dll, slcext.dll and kernel32's {@code LocalFree}; in
 * tests the same interfaces loaded from the C double. Which file each interface comes from is decided only here
 * (production) or in the tests.
 *
 * @param slcext       slcext.dll, or null when it cannot be loaded
 * @param slcextInSlc  the same function looked up in slc.dll, where current documentation places it
 */
public record SlcLibrary(Slc slc, Slcext slcext, Slcext slcextInSlc, LocalMemory memory) {

    public SlcLibrary {
        Objects.requireNonNull(slc, "slc");
        Objects.requireNonNull(slcextInSlc, "slcextInSlc");
        Objects.requireNonNull(memory, "memory");
    }

    /**
     * Loads the system's libraries (Windows only).
     *
     * @throws UnsatisfiedLinkError when slc.dll or kernel32 cannot be loaded
     */
    public static SlcLibrary windows() {
        // WINAPI is __stdcall on 32-bit x86 and the one calling convention on x64.
        Map<String, Object> options = Platform.isWindows() && !Platform.is64Bit()
                ? Map.of(Library.OPTION_CALLING_CONVENTION, StdCallLibrary.STDCALL_CONVENTION)
                : Map.of();
        Slcext slcext;
        try {
            slcext = Native.load("slcext", Slcext.class, options);
        } catch (UnsatisfiedLinkError absent) {
            slcext = null;
        }
        return new SlcLibrary(Native.load("slc", Slc.class, options), slcext,
                Native.load("slc", Slcext.class, options), Native.load("kernel32", LocalMemory.class, options));
    }
}
