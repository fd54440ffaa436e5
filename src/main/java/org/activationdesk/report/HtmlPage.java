package org.activationdesk.report;

/** The page being written: markup goes in as is, every value escaped. */
final class HtmlPage {

    private final StringBuilder html = new StringBuilder(16_384);

    HtmlPage raw(String markup) {
        html.append(markup);
        return this;
    }

    /** One row of a two-column facts table: a label and its value, both escaped. */
    HtmlPage row(String label, String value) {
        return raw("<tr><th>").text(label).raw("</th><td>").text(value).raw("</td></tr>\n");
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

    @Override
    public String toString() {
        return html.toString();
    }
}
