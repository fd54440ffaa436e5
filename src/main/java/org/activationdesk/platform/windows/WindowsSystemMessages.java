package org.activationdesk.platform.windows;

import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.Win32Exception;
import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.port.SystemMessages;

/**
 * Windows' own text for a system error number, from FormatMessage (jna-platform's {@code Kernel32Util.formatMessage}
 * allocates, reads and frees the buffer): in the reader's language when Windows has it, else in Windows' own.
 */
public final class WindowsSystemMessages implements SystemMessages {

    /** winnt.h primary language IDs and their default sublanguages. */
    private static final int LANG_ENGLISH = 0x09;
    private static final int SUBLANG_ENGLISH_US = 0x01;
    private static final int LANG_JAPANESE = 0x11;
    private static final int SUBLANG_JAPANESE_JAPAN = 0x01;
    private static final int LANG_NEUTRAL = 0x00;
    private static final int SUBLANG_DEFAULT = 0x01;

    @Override
    public Optional<String> describe(int win32Error, Language language) {
        boolean japanese = language == Language.JAPANESE;
        Optional<String> text = format(win32Error, japanese ? LANG_JAPANESE : LANG_ENGLISH,
                japanese ? SUBLANG_JAPANESE_JAPAN : SUBLANG_ENGLISH_US);
        // ERROR_RESOURCE_LANG_NOT_FOUND when that language pack is not installed: Windows' own language then.
        return text.isPresent() ? text : format(win32Error, LANG_NEUTRAL, SUBLANG_DEFAULT);
    }

    private static Optional<String> format(int code, int primary, int sub) {
        try {
            return Optional.ofNullable(Kernel32Util.formatMessage(code, primary, sub)).map(String::strip)
                    .filter(text -> !text.isEmpty());
        } catch (Win32Exception noText) {
            return Optional.empty();
        }
    }
}
