package org.activationdesk.report;

/**
 * A printable page being written: markup goes in as is, every value escaped. Shared by the ticket report and the RD
 * license server backup, so both look alike on paper. Written as XHTML-compatible HTML (every element closed, only
 * XML's entities), so it also parses as XML.
 */
final class HtmlPage {

    /** The style every page shares: type, headings, fact tables, the practice warning, print rules. */
    static final String STYLE = """
            body { font-family: "Segoe UI", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP", sans-serif;
                   font-size: 11pt; color: #1b1b1b; margin: 2em auto; max-width: 60em; line-height: 1.45; }
            h1 { font-size: 1.6em; margin: 0 0 0.2em; }
            h2 { font-size: 1.2em; border-bottom: 2px solid #444; padding-bottom: 0.15em; margin-top: 1.6em; }
            h3 { font-size: 1.05em; margin: 1em 0 0.3em; }
            .meta { color: #555; margin: 0; }
            .practice { border: 2px solid #c25400; background: #fff1e0; padding: 0.5em 0.8em; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; margin: 0.4em 0; }
            th, td { border: 1px solid #999; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            table.facts th { width: 14em; font-weight: normal; }
            .code { font-family: Consolas, "Courier New", monospace; }
            footer { margin-top: 2em; color: #555; font-size: 0.9em; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              h2 { break-after: avoid; page-break-after: avoid; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              th, .practice { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private final StringBuilder html = new StringBuilder(16_384);

    HtmlPage raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Escaped for text and for attribute values alike; only XML's own entities, so it parses as XML too. */
    HtmlPage text(String value) {
        if (value == null) {
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML (and mean nothing on paper).
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        html.append(c);
                    }
                }
            }
        }
        return this;
    }

    /** One row of a facts table: the label as its header, the value beside it. */
    HtmlPage row(String label, String value) {
        return raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>\n");
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
