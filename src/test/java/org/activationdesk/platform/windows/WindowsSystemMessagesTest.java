package org.activationdesk.platform.windows;

import static org.activationdesk.platform.windows.WindowsSystemMessages.LANG_ENGLISH;
import static org.activationdesk.platform.windows.WindowsSystemMessages.LANG_JAPANESE;
import static org.activationdesk.platform.windows.WindowsSystemMessages.LANG_NEUTRAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.LastErrorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationdesk.core.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The language fallback of Windows' own error texts, over a stand-in for FormatMessage that fails as
 * Kernel32Util.formatMessage does: with the plain {@link LastErrorException}.
 */
class WindowsSystemMessagesTest {

    private static final int ERROR_SERVICE_DISABLED = 1058;
    private static final int ERROR_MR_MID_NOT_FOUND = 317;
    private static final int ERROR_RESOURCE_LANG_NOT_FOUND = 15100;

    private final List<Integer> asked = new ArrayList<>();

    /** A Windows with texts in the given languages (primary language ID to text) for 1058 and for no other number. */
    private WindowsSystemMessages windowsWith(Map<Integer, String> texts) {
        return new WindowsSystemMessages((code, primary, sub) -> {
            asked.add(primary);
            if (code != ERROR_SERVICE_DISABLED) {
                throw new LastErrorException(ERROR_MR_MID_NOT_FOUND);
            }
            String text = texts.get(primary);
            if (text == null) {
                throw new LastErrorException(ERROR_RESOURCE_LANG_NOT_FOUND);
            }
            return text;
        });
    }

    @Test
    void japaneseOnAWindowsWithoutJapaneseIsWindowsOwnLanguage() {
        WindowsSystemMessages english = windowsWith(Map.of(LANG_ENGLISH, "The service cannot be started.\r\n",
                LANG_NEUTRAL, "The service cannot be started.\r\n"));

        assertThat(english.describe(ERROR_SERVICE_DISABLED, Language.JAPANESE))
                .contains("The service cannot be started.");
        assertThat(asked).containsExactly(LANG_JAPANESE, LANG_NEUTRAL);
    }

    @Test
    void theReadersLanguageComesFirstWhenWindowsHasIt() {
        WindowsSystemMessages both = windowsWith(Map.of(LANG_ENGLISH, "The service cannot be started.",
                LANG_JAPANESE, "サービスを開始できません。\r\n", LANG_NEUTRAL, "The service cannot be started."));

        assertThat(both.describe(ERROR_SERVICE_DISABLED, Language.JAPANESE)).contains("サービスを開始できません。");
        assertThat(both.describe(ERROR_SERVICE_DISABLED, Language.ENGLISH)).contains("The service cannot be started.");
        assertThat(asked).containsExactly(LANG_JAPANESE, LANG_ENGLISH);
    }

    @Test
    void aNumberWithoutTextIsEmptyInEveryLanguage() {
        WindowsSystemMessages windows = windowsWith(Map.of(LANG_ENGLISH, "text", LANG_NEUTRAL, "text"));

        for (Language language : Language.values()) {
            assertThat(windows.describe(0xFFFF, language)).as("%s", language).isEmpty();
        }
    }

    @Test
    void anEmptyTextIsNoText() {
        WindowsSystemMessages blank = windowsWith(Map.of(LANG_ENGLISH, " \r\n", LANG_NEUTRAL, ""));

        assertThat(blank.describe(ERROR_SERVICE_DISABLED, Language.ENGLISH)).isEmpty();
    }
}
