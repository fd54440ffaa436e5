package org.activationdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.ProductKeyInput;

/**
 * A product key given on the command line, or {@code -} to read it from standard input so it stays out of the
 * shell history and the process list. The key is passed on as typed; it is never printed.
 */
final class KeyArgument {

    static final String FROM_STDIN = "-";

    private KeyArgument() {
    }

    /** The words of the argument joined by spaces (a key typed as five unquoted groups still works). */
    static String text(List<String> words) throws IOException {
        if (words == null || words.isEmpty()) {
            return "";
        }
        if (words.size() == 1 && words.get(0).equals(FROM_STDIN)) {
            return firstLineOfStandardInput();
        }
        return String.join(" ", words);
    }

    /** The key as checked input, or empty after saying on stderr that standard input could not be read. */
    static Optional<ProductKeyInput> read(List<String> words, PrintWriter err, Messages m) {
        try {
            return Optional.of(ProductKeyInput.of(text(words)));
        } catch (IOException e) {
            err.println(m.get("cli.key.unreadable"));
            return Optional.empty();
        }
    }

    private static String firstLineOfStandardInput() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] buffer = new char[ProductKeyInput.MAX_INPUT_LENGTH + 2];
        int length = 0;
        int c;
        while (length < buffer.length && (c = reader.read()) >= 0 && c != '\n') {
            buffer[length++] = (char) c;
        }
        return new String(buffer, 0, length);
    }
}
