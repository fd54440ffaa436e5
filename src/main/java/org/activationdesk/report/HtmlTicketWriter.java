package org.activationdesk.report;

import java.util.List;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.Fact;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * The ticket as one printable page. Self-contained on purpose: inline CSS, no scripts, no links to load, so it
 * opens the same anywhere and can be attached to a ticket. Written as XHTML-compatible HTML (every element
 * closed, only XML's entities) so it also parses as XML. Every value goes through {@link #text}, which escapes it.
 * Verdicts carry their word as well as their colour, so a black-and-white printout loses nothing.
 */
final class HtmlTicketWriter implements TicketWriter {

    /** What only the ticket needs on top of the shared page style: verdict badges, evidence, definitions. */
    private static final String STYLE = HtmlPage.STYLE + """
            .verdict { display: inline-block; padding: 0.05em 0.5em; border: 1px solid #333; border-radius: 0.3em;
                       font-weight: bold; white-space: nowrap; }
            .verdict-PROBLEM { background: #fbd5d5; border-color: #a00; }
            .verdict-WARNING { background: #fff0c2; border-color: #a66d00; }
            .verdict-OK { background: #dff3df; border-color: #2e7d32; }
            .verdict-COULD_NOT_CHECK { background: #e8e8e8; border-color: #666; }
            ul.evidence { margin: 0.3em 0 0; padding-left: 1.2em; color: #444; font-size: 0.92em; }
            .where { color: #444; font-size: 0.92em; margin: 0.3em 0 0; }
            dt { font-weight: bold; margin-top: 0.6em; }
            dd { margin-left: 1.2em; }
            @media print {
              dt, dd { break-inside: avoid; page-break-inside: avoid; }
              .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    @Override
    public String write(TicketReport report) {
        ReportTexts texts = new ReportTexts(report);
        Messages m = texts.messages();
        HtmlPage page = new HtmlPage();
        page.raw("<!DOCTYPE html>\n<html lang=\"").text(report.language().tag()).raw("\">\n<head>\n")
                .raw("<meta charset=\"UTF-8\"/>\n<title>").text(m.get("report.title"));
        report.snapshot().ifPresent(s -> page.text(" \u2013 " + s.machine().computerName()));
        page.raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n");

        page.raw("<header>\n<h1>").text(m.get("report.title")).raw("</h1>\n<p class=\"meta\">")
                .text(m.get("report.created", Fact.formatTime(report.createdAt()))).raw("</p>\n</header>\n");
        report.practice().ifPresent(s -> page.raw("<p class=\"practice\">")
                .text(m.get("report.practice", s.title().in(report.language()), s.id())).raw("</p>\n"));

        if (report.snapshot().isPresent()) {
            machine(page, report.snapshot().get(), m);
            products(page, report.snapshot().get(), texts);
        } else {
            page.raw("<p>").text(m.get("report.noSnapshot")).raw("</p>\n");
        }
        page.raw("<section>\n<h2>").text(m.get("report.section.summary")).raw("</h2>\n<p>").text(texts.summary())
                .raw("</p>\n</section>\n");
        checks(page, texts.mostUrgentFirst(), texts);
        decodedErrors(page, report.decodedErrors(), m);
        journal(page, report, m);
        page.raw("<footer>\n<p>").text(m.get("report.keysMasked")).raw("</p>\n</footer>\n</body>\n</html>\n");
        return KeyMask.redact(page.toString());
    }

    private static void machine(HtmlPage page, MachineSnapshot snapshot, Messages m) {
        MachineInfo machine = snapshot.machine();
        page.raw("<section>\n<h2>").text(m.get("cli.status.computer")).raw("</h2>\n<p class=\"meta\">")
                .text(m.get("overview.readAt", Fact.formatTime(snapshot.takenAt()))).raw("</p>\n")
                .raw("<table class=\"facts\">\n");
        page.row(m.get("cli.status.computer"), machine.computerName());
        page.row(m.get("overview.system"), m.get("overview.system.value", machine.osName(), machine.version(),
                String.valueOf(machine.build())));
        page.row(m.get("overview.edition"), machine.editionId());
        page.row(m.get("overview.role"), machine.domain() == null ? m.of("domainRole", machine.domainRole())
                : m.get("overview.role.inDomain", m.of("domainRole", machine.domainRole()), machine.domain()));
        page.row(m.of("diagnose.fact", FactKey.ELEVATED),
                m.get(machine.elevated() ? "diagnose.value.yes" : "diagnose.value.no"));
        page.raw("</table>\n</section>\n");
    }

    private static void products(HtmlPage page, MachineSnapshot snapshot, ReportTexts texts) {
        Messages m = texts.messages();
        page.raw("<section>\n<h2>").text(m.get("overview.windows.heading")).raw("</h2>\n");
        if (snapshot.products().isEmpty()) {
            page.raw("<p>").text(m.get("overview.product.none")).raw("</p>\n");
        }
        for (LicensingProduct p : snapshot.products()) {
            page.raw("<h3>").text(p.name()).raw("</h3>\n<table class=\"facts\">\n");
            page.row(m.get("overview.channel"), m.of("channel", p.channel()));
            String key = ReportTexts.maskedKey(p);
            page.row(m.get("overview.productKey"), key == null ? m.get("overview.key.none") : key);
            page.row(m.get("overview.status"), m.of("licenseStatus", p.licenseStatus()) + " (" + p.licenseStatus().code() + ")");
            page.row(m.get("overview.timeLeft"), texts.timeLeft(p));
            page.row(m.get("overview.reason"), p.reason().value() == 0 ? m.get("overview.reason.none")
                    : codeAndTitle(p.reason(), texts));
            if (p.lastActivationError() != null) {
                page.row(m.get("overview.lastAttempt"), codeAndTitle(p.lastActivationError(), texts));
            }
            if (p.evaluationEnd() != null) {
                page.row(m.of("diagnose.fact", FactKey.EVALUATION_END),
                        Fact.formatTime(p.evaluationEnd()));
            }
            page.row(m.of("diagnose.fact", FactKey.REMAINING_REARMS),
                    String.valueOf(p.remainingRearms()));
            page.raw("</table>\n");
        }
        page.raw("</section>\n");
    }

    private static void checks(HtmlPage page, List<CheckResult> results, ReportTexts texts) {
        Messages m = texts.messages();
        page.raw("<section>\n<h2>").text(m.get("report.section.checks")).raw("</h2>\n<table class=\"checks\">\n<thead><tr>");
        for (String column : List.of("report.column.check", "report.column.verdict", "report.column.evidence",
                "report.column.fix")) {
            page.raw("<th>").text(m.get(column)).raw("</th>");
        }
        page.raw("</tr></thead>\n<tbody>\n");
        for (CheckResult r : results) {
            page.raw("<tr><td>").text(m.of("diagnose.check", r.check())).raw("</td><td><span class=\"verdict verdict-")
                    .text(r.verdict().name()).raw("\">").text(m.of("diagnose.verdict", r.verdict())).raw("</span></td><td>")
                    .text(r.evidence(m));
            if (!r.facts().isEmpty()) {
                page.raw("<ul class=\"evidence\">");
                for (Fact fact : r.facts()) {
                    page.raw("<li>").text(m.of("diagnose.fact", fact.key()) + ": " + fact.display(m)).raw("</li>");
                }
                page.raw("</ul>");
            }
            page.raw("</td><td>");
            if (r.fix() != null) {
                page.text(r.fix().text().in(m));
                if (r.fixTarget() != FixTarget.NONE) {
                    page.raw("<p class=\"where\">").text(m.get("diagnose.fixIn", m.of("diagnose.fixTarget", r.fixTarget())))
                            .raw("</p>");
                }
            }
            page.raw("</td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    private static void decodedErrors(HtmlPage page, List<CodeExplanation> errors, Messages m) {
        if (errors.isEmpty()) {
            return;
        }
        page.raw("<section>\n<h2>").text(m.get("report.section.errors")).raw("</h2>\n<dl>\n");
        for (CodeExplanation e : errors) {
            page.raw("<dt><span class=\"code\">").text(e.code().toString()).raw("</span> ").text(e.title()).raw("</dt>\n")
                    .raw("<dd><strong>").text(m.get("errors.cause")).raw(":</strong> ").text(e.cause()).raw("</dd>\n")
                    .raw("<dd><strong>").text(m.get("errors.fix")).raw(":</strong> ").text(e.fix()).raw(" (")
                    .text(m.get(e.fixFromMicrosoft() ? "errors.source.microsoft" : "errors.source.ours")).raw(")</dd>\n");
        }
        page.raw("</dl>\n</section>\n");
    }

    private static void journal(HtmlPage page, TicketReport report, Messages m) {
        page.raw("<section>\n<h2>").text(m.get("report.section.journal")).raw("</h2>\n");
        if (report.journal().isEmpty()) {
            page.raw("<p>").text(m.get("report.journal.none")).raw("</p>\n</section>\n");
            return;
        }
        if (report.journalOmitted() > 0) {
            page.raw("<p class=\"meta\">").text(m.get("report.journal.omitted", String.valueOf(report.journalOmitted())))
                    .raw("</p>\n");
        }
        page.raw("<table>\n<thead><tr>");
        for (String column : List.of("report.column.time", "report.column.action", "report.column.key",
                "report.column.outcome", "report.column.detail")) {
            page.raw("<th>").text(m.get(column)).raw("</th>");
        }
        page.raw("</tr></thead>\n<tbody>\n");
        for (JournalEntry e : report.journal()) {
            page.raw("<tr><td>").text(Fact.formatTime(e.time())).raw("</td><td>").text(e.action())
                    .raw("</td><td class=\"code\">").text(e.maskedKey()).raw("</td><td class=\"code\">")
                    .text(e.outcome().toString()).raw("</td><td class=\"code\">").text(e.detail())
                    .raw("</td></tr>\n");
        }
        page.raw("</tbody>\n</table>\n</section>\n");
    }

    private static String codeAndTitle(Hresult code, ReportTexts texts) {
        String title = texts.codeTitle(code);
        return title == null ? code.toString() : code + "  " + title;
    }
}
