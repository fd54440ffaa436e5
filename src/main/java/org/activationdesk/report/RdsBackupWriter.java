package org.activationdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.activationdesk.core.diagnose.Fact;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.rds.RdsBackup;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RecoveryChecklist;

/**
 * Writes what must be kept of an RD license server: a printable page in the ticket report's style, or JSON. Both hold
 * the license server ID, Product ID, database path and every key pack as Windows reports it, with the recovery
 * checklist, in the backup's language. The license server ID is written without separators (in the page its groups
 * are set apart by spacing only), so nothing in it can be taken for a product key; no product key is involved.
 */
public final class RdsBackupWriter {

    static final String FORMAT = "activation-desk-rds-backup";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String STYLE = HtmlPage.STYLE + """
            .id span { display: inline-block; margin-right: 0.7em; font-family: Consolas, "Courier New", monospace;
                       font-size: 1.15em; letter-spacing: 0.05em; }
            td.number { text-align: right; }
            ol.steps li { margin-bottom: 0.4em; }
            .state { font-weight: bold; }
            """;

    private RdsBackupWriter() {
    }

    /** The file's contents in this format. */
    public static String write(RdsBackup backup, ReportFormat format) {
        return format == ReportFormat.JSON ? json(backup) : html(backup);
    }

    static String html(RdsBackup backup) {
        Messages m = Messages.of(backup.language());
        RdsLicenseServer server = backup.server();
        HtmlPage page = new HtmlPage();
        page.raw("<!DOCTYPE html>\n<html lang=\"").text(backup.language().tag()).raw("\">\n<head>\n")
                .raw("<meta charset=\"UTF-8\"/>\n<title>").text(m.get("rds.backup.title"));
        if (backup.computerName() != null) {
            page.text(" \u2013 " + backup.computerName());
        }
        page.raw("</title>\n<style>\n").raw(STYLE).raw("</style>\n</head>\n<body>\n<header>\n<h1>")
                .text(m.get("rds.backup.title")).raw("</h1>\n<p class=\"meta\">")
                .text(m.get("report.created", Fact.formatTime(backup.createdAt()))).raw("</p>\n</header>\n");
        backup.practice().ifPresent(s -> page.raw("<p class=\"practice\">")
                .text(m.get("report.practice", s.title().in(backup.language()), s.id())).raw("</p>\n"));

        page.raw("<section>\n<h2>").text(m.get("overview.rds.heading")).raw("</h2>\n<table class=\"facts\">\n");
        if (backup.computerName() != null) {
            page.row(m.get("cli.status.computer"), backup.computerName());
            page.row(m.get("overview.system"), backup.osName());
        }
        page.row(m.get("overview.status"), m.of("rdsStatus", server.activationStatus()));
        page.raw("<tr><th>").text(m.get("rds.serverId")).raw("</th><td>");
        backup.licenseServerId().ifPresentOrElse(id -> {
            page.raw("<span class=\"id\">");
            id.groups().forEach(group -> page.raw("<span>").text(group).raw("</span>"));
            page.raw("</span>");
        }, () -> page.text(m.get("rds.serverId.none")));
        page.raw("</td></tr>\n");
        page.raw("<tr><th>").text(m.get("rds.productId")).raw("</th><td class=\"code\">").text(server.productId())
                .raw("</td></tr>\n<tr><th>").text(m.get("rds.databasePath")).raw("</th><td class=\"code\">")
                .text(server.databasePath()).raw("</td></tr>\n</table>\n</section>\n");

        keyPacks(page, server.keyPacks(), m);
        checklist(page, backup.checklist(), m);
        page.raw("<footer>\n<p>").text(m.get("rds.backup.footer")).raw("</p>\n</footer>\n</body>\n</html>\n");
        return KeyMask.redact(page.toString());
    }

    private static void keyPacks(HtmlPage page, List<RdsKeyPack> packs, Messages m) {
        page.raw("<section>\n<h2>").text(m.get("rds.keyPacks.heading")).raw("</h2>\n");
        if (packs.isEmpty()) {
            page.raw("<p>").text(m.get("rds.keyPacks.none")).raw("</p>\n");
        } else {
            page.raw("<table>\n<thead><tr>");
            for (String column : List.of("rds.column.keyPackId", "rds.column.calType", "rds.column.keyPackType",
                    "rds.column.version", "rds.column.total", "rds.column.available", "rds.column.issued",
                    "rds.column.expires", "rds.column.description")) {
                page.raw("<th>").text(m.get(column)).raw("</th>");
            }
            page.raw("</tr></thead>\n<tbody>\n");
            for (RdsKeyPack p : packs) {
                page.raw("<tr><td class=\"number\">").text(String.valueOf(p.keyPackId())).raw("</td><td>")
                        .text(m.of("rds.calType", p.calType())).raw("</td><td>").text(m.of("rds.keyPackType", p.keyPackType()))
                        .raw("</td><td>").text(p.productVersion()).raw("</td><td class=\"number\">")
                        .text(String.valueOf(p.totalLicenses())).raw("</td><td class=\"number\">")
                        .text(String.valueOf(p.availableLicenses())).raw("</td><td class=\"number\">")
                        .text(String.valueOf(p.issuedLicenses())).raw("</td><td>")
                        .text(p.expirationDate() == null ? m.get("rds.expires.none") : Fact.formatTime(p.expirationDate()))
                        .raw("</td><td>").text(p.description()).raw("</td></tr>\n");
            }
            page.raw("</tbody>\n</table>\n");
        }
        page.raw("<p class=\"meta\">").text(m.get("rds.keep.keyPacks")).raw("</p>\n</section>\n");
    }

    private static void checklist(HtmlPage page, RecoveryChecklist checklist, Messages m) {
        page.raw("<section>\n<h2>").text(m.get("rds.keep.heading")).raw("</h2>\n<table class=\"facts\">\n");
        for (RecoveryChecklist.KeepItem item : checklist.keep()) {
            page.raw("<tr><th>").text(item.label().in(m)).raw("</th><td>").text(item.advice().in(m)).raw("</td></tr>\n");
        }
        page.raw("</table>\n</section>\n<section>\n<h2>").text(m.get("rds.steps.heading")).raw("</h2>\n<ol class=\"steps\">\n");
        for (RecoveryChecklist.Step step : checklist.steps()) {
            page.raw("<li><span class=\"state\">").text(m.of("rds.stepState", step.state())).raw(":</span> ")
                    .text(step.text().in(m)).raw("</li>\n");
        }
        page.raw("</ol>\n</section>\n");
    }

    static String json(RdsBackup backup) {
        Messages m = Messages.of(backup.language());
        RdsLicenseServer server = backup.server();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("language", backup.language().tag());
        root.put("createdAt", backup.createdAt().toString());
        root.put("mode", backup.practice().isPresent() ? "practice" : "windows");
        if (backup.practice().isPresent()) {
            ObjectNode scenario = root.putObject("scenario");
            scenario.put("id", backup.practice().get().id());
            scenario.put("title", backup.practice().get().title().in(backup.language()));
        } else {
            root.putNull("scenario");
        }
        root.put("computerName", backup.computerName());
        root.put("osName", backup.osName());
        root.put("activationStatus", server.activationStatus().name());
        root.put("activationStatusText", m.of("rdsStatus", server.activationStatus()));
        root.put("licenseServerId", backup.licenseServerId().map(RdsId::compact).orElse(null));
        root.put("productId", server.productId());
        root.put("databasePath", server.databasePath());
        ArrayNode packs = root.putArray("keyPacks");
        for (RdsKeyPack p : server.keyPacks()) {
            ObjectNode pack = packs.addObject();
            pack.put("keyPackId", p.keyPackId());
            pack.put("description", p.description());
            pack.put("productVersion", p.productVersion());
            pack.put("calType", p.calType().name());
            pack.put("calTypeText", m.of("rds.calType", p.calType()));
            pack.put("keyPackType", p.keyPackType().name());
            pack.put("keyPackTypeText", m.of("rds.keyPackType", p.keyPackType()));
            pack.put("totalLicenses", p.totalLicenses());
            pack.put("issuedLicenses", p.issuedLicenses());
            pack.put("availableLicenses", p.availableLicenses());
            pack.put("expirationDate", p.expirationDate() == null ? null : p.expirationDate().toString());
        }
        RecoveryChecklist checklist = backup.checklist();
        ArrayNode keep = root.putArray("keep");
        for (RecoveryChecklist.KeepItem item : checklist.keep()) {
            ObjectNode node = keep.addObject();
            node.put("kind", item.kind().name());
            node.put("label", item.label().in(m));
            node.put("value", item.value());
            node.put("advice", item.advice().in(m));
        }
        ArrayNode steps = root.putArray("afterACrash");
        for (RecoveryChecklist.Step step : checklist.steps()) {
            ObjectNode node = steps.addObject();
            node.put("step", step.kind().name());
            node.put("state", step.state().name());
            node.put("stateText", m.of("rds.stepState", step.state()));
            node.put("text", step.text().in(m));
        }
        try {
            return KeyMask.redact(MAPPER.writeValueAsString(root)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the RD license server backup as JSON", e);
        }
    }
}
