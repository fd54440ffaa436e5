package org.activationdesk.platform.windows.slc;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * {@code LocalFree}, which {@code slpublic.h} names {@code SLFreeMemory}: kernel32 on Windows, the test double's own
 * export in tests, so the double can count what was freed.
 */
public interface LocalMemory extends Library {

    /** @return null on success, the same pointer when it could not be freed */
    Pointer LocalFree(Pointer hMem);
}
