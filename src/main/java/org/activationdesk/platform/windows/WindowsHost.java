package org.activationdesk.platform.windows;

import java.nio.file.Path;
import java.util.Optional;

/** What the bridge asks the local Windows installation outside SLC and WMI. */
interface WindowsHost {

    /** Whether this process runs with an elevated (administrator) token. */
    boolean elevated();

    /** {@code HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\EditionID}, e.g. {@code ServerStandardEval}. */
    Optional<String> editionId();

    /** The 64-bit system folder ({@code %SystemRoot%\System32}, reached through {@code Sysnative} from a 32-bit JVM). */
    Path systemDirectory();
}
