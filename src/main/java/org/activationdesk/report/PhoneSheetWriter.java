package org.activationdesk.report;

import java.time.Instant;
import java.util.List;
import org.activationdesk.core.diagnose.Fact;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;

/**
 * The printable phone activation sheet: the Installation ID in numbered groups to read out, what the call is about
 * (machine, product, masked key, date), and eight empty boxes to write the Confirmation ID into while the line reads
 * it. For when the phone is in another room than the computer.
 */
public final class PhoneSheetWriter {

    private static final String STYLE = """
            body { font-family: "Segoe UI", "Yu Gothic UI", "Meiryo", sans-serif; margin: 2em; color: #111; }
            h1 { font-size: 1.5em; margin: 0 0 0.3em; }
            .meta { color: #444; margin: 0.1em 0; }
            table.facts th { text-align: left; padding-right: 1.5em; color: #444; font-weight: normal; }
            .groups { display: flex; flex-wrap: wrap; gap: 0.8em; margin: 1em 0 1.5em; }
            .group { border: 1px solid #999; border-radius: 6px; padding: 0.4em 0.7em; text-align: center; }
            .group .n, .block .n { font-size: 0.8em; color: #555; }
            .group .digits { font-family: Consolas, "Courier New", monospace; font-size: 1.6em; letter-spacing: 0.08em; }
            .blocks { display: flex; flex-wrap: wrap; gap: 0.8em; margin-top: 0.8em; }
            .block { border: 1px solid #999; border-radius: 6px; width: 8.5em; height: 3.4em; padding: 0.3em 0.6em; }
            .practice { background: #b35900; color: #fff; padding: 0.4em 0.8em; border-radius: 4px; }
            footer { margin-top: 2em; color: #555; font-size: 0.9em; }
            @media print { body { margin: 0; } .practice { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
            """;

    /**
     * @param practiceTitle the practice scenario's title, or null on a real machine
     */
    public String write(Messages m, String machine, String productName, String partialKey, InstallationId id,
                        Instant createdAt, String practiceTitle) {
        HtmlPage page = new HtmlPage();
        page.raw("<!DOCTYPE html>\n<html lang=\"").text(m.language().tag()).raw("\">\n<head>\n<meta charset=\"UTF-8\"/>\n")
                .raw("<title>").text(m.get("phone.sheet.title")).text(" \u2013 " + machine).raw("</title>\n<style>\n")
                .raw(STYLE).raw("</style>\n</head>\n<body>\n<h1>").text(m.get("phone.sheet.title")).raw("</h1>\n");
        if (practiceTitle != null) {
            page.raw("<p class=\"practice\">").text(m.get("phone.sheet.practice", practiceTitle)).raw("</p>\n");
        }
        page.raw("<table class=\"facts\">\n");
        page.row(m.get("phone.sheet.machine"), machine);
        page.row(m.get("phone.sheet.product"), productName);
        page.row(m.get("phone.sheet.key"), partialKey == null ? "-" : KeyMask.fromPartialKey(partialKey));
        page.row(m.get("phone.sheet.date"), Fact.formatTime(createdAt));
        page.raw("</table>\n<h2>").text(m.get("phone.sheet.installationId")).raw("</h2>\n<div class=\"groups\">\n");
        List<String> groups = id.groups();
        for (int i = 0; i < groups.size(); i++) {
            page.raw("<div class=\"group\"><div class=\"n\">").text(String.valueOf(i + 1))
                    .raw("</div><div class=\"digits\">").text(groups.get(i)).raw("</div></div>\n");
        }
        page.raw("</div>\n<h2>").text(m.get("phone.sheet.confirmationId")).raw("</h2>\n<p class=\"meta\">")
                .text(m.get("phone.sheet.confirmationId.help")).raw("</p>\n<div class=\"blocks\">\n");
        for (int i = 0; i < ConfirmationId.BLOCKS; i++) {
            page.raw("<div class=\"block\"><div class=\"n\">").text(String.valueOf(ConfirmationId.label(i)))
                    .raw("</div></div>\n");
        }
        page.raw("</div>\n<footer>").text(m.get("report.keysMasked")).raw("</footer>\n</body>\n</html>\n");
        return KeyMask.redact(page.toString());
    }
}
