package org.activationdesk.core.errors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.activationdesk.core.i18n.Language;

/**
 * The activation error catalog: curated data in {@code resources/errors/}. {@code codes.tsv} lists each
 * code with its symbol and whether the fix is Microsoft's; {@code errors_<lang>.properties} hold the
 * title, cause and fix in each language, so translators never touch the code list.
 */
public final class ErrorCatalog {

    private static final String CODES = "/errors/codes.tsv";
    private static final String TEXTS = "errors.errors";

    private record Entry(Hresult code, String symbol, boolean fixFromMicrosoft) {
    }

    private final Map<Hresult, Entry> entries;
    private final Map<Language, ResourceBundle> texts = new EnumMap<>(Language.class);

    private ErrorCatalog(Map<Hresult, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        for (Language language : Language.values()) {
            texts.put(language, ResourceBundle.getBundle(TEXTS, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /** Loads the catalog shipped on the class path. */
    public static ErrorCatalog load() {
        try (InputStream in = ErrorCatalog.class.getResourceAsStream(CODES)) {
            if (in == null) {
                throw new IllegalStateException("error catalog missing from the class path: " + CODES);
            }
            return new ErrorCatalog(parseCodes(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Hresult, Entry> parseCodes(BufferedReader reader) throws IOException {
        Map<Hresult, Entry> result = new LinkedHashMap<>();
        String line = reader.readLine(); // header: code, symbol, fix_source
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3 || !(columns[2].equals("MS") || columns[2].equals("ours"))) {
                throw new IllegalStateException(CODES + " line " + lineNumber + ": expected code, symbol, MS|ours");
            }
            Hresult code = Hresult.parseCanonical(columns[0]);
            if (result.put(code, new Entry(code, columns[1], columns[2].equals("MS"))) != null) {
                throw new IllegalStateException(CODES + " line " + lineNumber + ": duplicate code " + code);
            }
        }
        return result;
    }

    public Optional<ErrorExplanation> explain(Hresult code, Language language) {
        Entry entry = entries.get(code);
        if (entry == null) {
            return Optional.empty();
        }
        ResourceBundle bundle = texts.get(language);
        String prefix = code + ".";
        return Optional.of(new ErrorExplanation(code, entry.symbol(), bundle.getString(prefix + "title"),
                bundle.getString(prefix + "cause"), bundle.getString(prefix + "fix"), entry.fixFromMicrosoft()));
    }

    /** Every code in the catalog, in file order. */
    public Set<Hresult> codes() {
        return entries.keySet();
    }
}
