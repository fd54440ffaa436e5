package org.activationdesk.cli;

import java.util.Locale;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command takes, before or after the command name: output format, language and the
 * practice scenario. Declared once on the root command and inherited by every subcommand.
 */
public final class GlobalOptions {

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "en|ja", converter = LanguageConverter.class,
            description = "Language of the output (default: from the system locale).")
    Language language;

    @Option(names = "--scenario", scope = ScopeType.INHERIT, paramLabel = "NAME|PATH",
            description = "Practice mode on this built-in scenario or scenario file.")
    String scenario;

    @Option(names = "--practice", scope = ScopeType.INHERIT, description = "Practice mode even on Windows (default scenario unless --scenario).")
    boolean practice;

    Messages messages() {
        return Messages.of(language == null ? Language.fromLocale(Locale.getDefault()) : language);
    }

    /** Turns {@code en} / {@code ja} into a language; anything else is a usage error (exit 2). */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromTag(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a supported language: use en or ja");
            }
        }
    }
}
