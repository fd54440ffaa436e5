package org.activationdesk.report;

import java.util.Locale;
import java.util.Optional;

/** The file formats a ticket report can be written in. */
public enum ReportFormat {
    /** One self-contained page to print or attach: no scripts, nothing loaded from elsewhere. */
    HTML("html", new HtmlTicketWriter()),
    /** For scripts and ticket systems. */
    JSON("json", new JsonTicketWriter());

    private final String extension;
    private final TicketWriter writer;

    ReportFormat(String extension, TicketWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public TicketWriter writer() {
        return writer;
    }

    /** {@code html} or {@code json}, in any case; empty for anything else. */
    public static Optional<ReportFormat> fromName(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name asks for: {@code .json} is JSON, anything else the printable page. */
    public static ReportFormat forFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : HTML;
    }
}
