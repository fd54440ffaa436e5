package org.activationdesk.core.errors;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.SystemMessages;

/**
 * Explains every well-formed code: the catalog's words when it has the code, otherwise what the code's
 * parts say. The parts are decoded here without Windows; for a Win32 error the catalog lacks, Windows' own text
 * (FormatMessage, through the {@link SystemMessages} port) is quoted when there is one.
 */
public final class ErrorExplainer {

    private final ErrorCatalog catalog;
    private final SystemMessages system;

    /** An explainer without Windows' texts: codes the catalog lacks are explained by their parts alone. */
    public ErrorExplainer(ErrorCatalog catalog) {
        this(catalog, SystemMessages.NONE);
    }

    public ErrorExplainer(ErrorCatalog catalog, SystemMessages system) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.system = Objects.requireNonNull(system, "system");
    }

    public CodeExplanation explain(Hresult code, Messages m) {
        HresultParts parts = HresultParts.of(code);
        return catalog.explain(code, m.language())
                .map(e -> new CodeExplanation(code, parts, true, e.symbol(), e.title(), e.cause(), e.fix(),
                        e.fixFromMicrosoft()))
                .orElseGet(() -> fromParts(parts, m));
    }

    private CodeExplanation fromParts(HresultParts parts, Messages m) {
        String code = parts.code().toString();
        String decoded = describeParts(parts, m);
        if (parts.win32Error().isPresent()) {
            String win32 = String.valueOf(parts.win32Error().getAsInt());
            Optional<String> windowsText = system.describe(parts.win32Error().getAsInt(), m.language())
                    .map(ErrorExplainer::oneLine).filter(text -> !text.isEmpty());
            if (windowsText.isPresent()) {
                return new CodeExplanation(parts.code(), parts, false, null,
                        m.get("explain.unknown.title.win32System", win32, windowsText.get()),
                        m.get("explain.unknown.cause.win32System", win32, windowsText.get(), decoded),
                        m.get("explain.unknown.fix.win32", code, win32), false);
            }
            return new CodeExplanation(parts.code(), parts, false, null,
                    m.get("explain.unknown.title.win32", win32),
                    m.get("explain.unknown.cause.win32", win32, decoded),
                    m.get("explain.unknown.fix.win32", code, win32), false);
        }
        String facility = parts.facilityName().map(Enum::name).orElse(String.valueOf(parts.facility()));
        return new CodeExplanation(parts.code(), parts, false, null,
                m.get("explain.unknown.title", m.of("severity", parts.severity()), facility),
                m.get("explain.unknown.cause", decoded),
                m.get("explain.unknown.fix", code), false);
    }

    /** One line such as "severity failure, facility 7 (WIN32: a Windows system error), code 2 (0x0002)". */
    public static String describeParts(HresultParts parts, Messages m) {
        String number = String.valueOf(parts.facility());
        String facility = parts.facilityName()
                .map(f -> m.get("explain.facility.named", number, m.of("facility", f)))
                .orElseGet(() -> m.get("explain.facility.unnamed", number));
        // Numbers go in as text: MessageFormat would print 12007 as "12,007".
        return m.get("explain.parts", m.of("severity", parts.severity()), facility,
                String.valueOf(parts.codeNumber()), String.format(Locale.ROOT, "%04X", parts.codeNumber()));
    }

    /** FormatMessage ends its texts with a line break, and some span lines: one line, no final stop. */
    private static String oneLine(String text) {
        String joined = text.replaceAll("\\s+", " ").strip();
        return joined.endsWith(".") || joined.endsWith("。") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** Why a text is not a code, in the user's language. */
    public static String describe(ParsedCode.NotACode notACode, Messages m) {
        return m.get("explain.notACode." + notACode.reason().name(), notACode.offending());
    }
}
