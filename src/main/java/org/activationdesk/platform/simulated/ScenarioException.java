package org.activationdesk.platform.simulated;

import org.activationdesk.core.i18n.Messages;

/**
 * A scenario could not be loaded. Names the file, the line and the field, so an author can fix it; the
 * scenario is then not used at all (nothing is half-loaded).
 */
public final class ScenarioException extends Exception {

    /** What kind of mistake the file has; each has a text in both languages. */
    public enum Problem {
        NOT_FOUND,
        UNREADABLE,
        TOO_LARGE,
        SYNTAX,
        UNKNOWN_FIELD,
        DUPLICATE_FIELD,
        MISSING_FIELD,
        WRONG_TYPE,
        BAD_VALUE
    }

    private final String source;
    private final Problem problem;
    private final int line;
    private final String field;
    private final String detail;

    public ScenarioException(String source, Problem problem, int line, String field, String detail) {
        super(source + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " [" + field + "]") + ": "
                + problem + (detail.isEmpty() ? "" : " - " + detail));
        this.source = source;
        this.problem = problem;
        this.line = line;
        this.field = field;
        this.detail = detail;
    }

    public String source() {
        return source;
    }

    public Problem problem() {
        return problem;
    }

    /** 1-based line in the file, or 0 when the problem is not at a line. */
    public int line() {
        return line;
    }

    /** The field path such as {@code products[0].licenseStatus}, or empty. */
    public String field() {
        return field;
    }

    /** Technical detail (English, from the checks), or empty. */
    public String detail() {
        return detail;
    }

    /** One clear sentence in the user's language, with where and what. */
    public String describe(Messages messages) {
        String where = line > 0
                ? messages.get("scenario.error.where", source, line, field.isEmpty() ? "-" : field)
                : source;
        String text = messages.of("scenario.error.problem", problem);
        return detail.isEmpty() ? messages.get("scenario.error.format", where, text)
                : messages.get("scenario.error.formatDetail", where, text, detail);
    }
}
