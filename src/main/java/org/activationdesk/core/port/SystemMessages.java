package org.activationdesk.core.port;

import java.util.Optional;
import org.activationdesk.core.i18n.Language;

/**
 * Windows' own text for its system error numbers (what {@code net helpmsg} shows), so a code the error catalog lacks
 * is still explained in words. Only Windows has these texts; elsewhere there are none.
 */
@FunctionalInterface
public interface SystemMessages {

    /** Knows no texts: everywhere but Windows. */
    SystemMessages NONE = (win32Error, language) -> Optional.empty();

    /**
     * The text for a Win32 error number, in {@code language} when Windows has it in that language, else in the
     * language Windows has; empty when Windows has no text for the number.
     */
    Optional<String> describe(int win32Error, Language language);
}
