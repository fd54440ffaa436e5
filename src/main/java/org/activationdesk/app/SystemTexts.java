package org.activationdesk.app;

import java.util.Optional;
import org.activationdesk.core.port.SystemMessages;
import org.activationdesk.platform.windows.WindowsSystemMessages;

/**
 * Windows' own error texts where there are any: on Windows, through the bridge, in practice mode too (they describe
 * error numbers, not this computer's state); none elsewhere.
 */
final class SystemTexts {

    private SystemTexts() {
    }

    static SystemMessages forThisComputer() {
        if (!AppPaths.isWindows()) {
            return SystemMessages.NONE;
        }
        WindowsSystemMessages windows = new WindowsSystemMessages();
        return (code, language) -> {
            try {
                return windows.describe(code, language);
            } catch (LinkageError noBridge) {
                return Optional.empty(); // JNA's native part is missing: the code is explained by its parts alone
            }
        };
    }
}
