package org.activationdesk.app;

import java.util.Optional;
import org.activationdesk.core.port.SystemMessages;
import org.activationdesk.platform.windows.WindowsSystemMessages;

/** Windows' own error texts where there are any: on Windows with its bridge, else none. */
final class SystemTexts {

    private SystemTexts() {
    }

    static SystemMessages forThisComputer() {
        if (!AppPaths.isWindows()) {
            return SystemMessages.NONE;
        }
        try {
            WindowsSystemMessages windows = new WindowsSystemMessages();
            return (code, language) -> {
                try {
                    return windows.describe(code, language);
                } catch (LinkageError noBridge) {
                    return Optional.empty(); // JNA's native part is missing: explained by parts alone
                }
            };
        } catch (LinkageError noBridge) {
            return SystemMessages.NONE;
        }
    }
}
