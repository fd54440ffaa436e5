package org.activationdesk.platform.windows;

import com.sun.jna.LastErrorException;
import com.sun.jna.platform.win32.Kernel32Util;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.port.SystemMessages;

/**
 * Windows' own text for a system error number, from FormatMessage (jna-platform's {@code Kernel32Util.formatMessage}
 * allocates, reads and frees the buffer): in the reader's language when Windows has it, else in Windows' own.
 */
public final class WindowsSystemMessages implements SystemMessages {

    /** winnt.h primary language IDs and their default sublanguages. */
    static final int LANG_ENGLISH = 0x09;
    static final int SUBLANG_ENGLISH_US = 0x01;
    static final int LANG_JAPANESE = 0x11;
    static final int SUBLANG_JAPANESE_JAPAN = 0x01;
    static final int LANG_NEUTRAL = 0x00;
    static final int SUBLANG_DEFAULT = 0x01;

    /** FormatMessage for one number in one language: the text, or a {@link LastErrorException} when there is none. */
    @FunctionalInterface
    interface Formatter {
        String format(int code, int primaryLanguage, int subLanguage);
    }

    private final Formatter formatter;

    public WindowsSystemMessages() {
        this(Kernel32Util::formatMessage);
    }

    WindowsSystemMessages(Formatter formatter) {
        this.formatter = Objects.requireNonNull(formatter, "formatter");
    }

    @Override
    public Optional<String> describe(int win32Error, Language language) {
        boolean japanese = language == Language.JAPANESE;
        Optional<String> text = format(win32Error, japanese ? LANG_JAPANESE : LANG_ENGLISH,
                japanese ? SUBLANG_JAPANESE_JAPAN : SUBLANG_ENGLISH_US);
        // ERROR_RESOURCE_LANG_NOT_FOUND when that language pack is not installed: Windows' own language then.
        return text.isPresent() ? text : format(win32Error, LANG_NEUTRAL, SUBLANG_DEFAULT);
    }

    private Optional<String> format(int code, int primary, int sub) {
        try {
            return Optional.ofNullable(formatter.format(code, primary, sub)).map(String::strip)
                    .filter(text -> !text.isEmpty());
        } catch (LastErrorException noText) {
            // Kernel32Util.formatMessage throws the plain LastErrorException, not its subclass Win32Exception:
            // ERROR_RESOURCE_LANG_NOT_FOUND for a language this Windows lacks, ERROR_MR_MID_NOT_FOUND for a number
            // without text.
            return Optional.empty();
        }
    }
}
