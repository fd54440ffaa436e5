package org.activationdesk.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activationdesk.core.key.MaskedKey;

/**
 * The last guard before a report leaves the program: any whole product key in it, from wherever it came (a
 * journal line typed by hand, a scenario file), is masked the way Windows shows keys. The snapshot itself
 * only holds partial keys; this is for everything else.
 */
final class KeyMask {

    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(?:-[A-Z0-9]{5}){3}-([A-Z0-9]{5})",
            Pattern.CASE_INSENSITIVE);

    private KeyMask() {
    }

    static String mask(String text) {
        Matcher matcher = FULL_KEY.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            String lastGroup = matcher.group(1).toUpperCase(Locale.ROOT);
            matcher.appendReplacement(masked, Matcher.quoteReplacement(MaskedKey.fromPartialKey(lastGroup)));
        }
        matcher.appendTail(masked);
        return masked.toString();
    }
}
