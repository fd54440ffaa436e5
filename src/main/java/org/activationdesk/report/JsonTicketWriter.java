package org.activationdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.Fact;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * The ticket as JSON, for scripts and ticket systems. Field names are a contract: add, never rename. Every
 * field is present (null when unknown); codes are written {@code 0xC004FC07}, times in ISO-8601 UTC, and each
 * value that people read comes with its text in the report's language.
 */
final class JsonTicketWriter implements TicketWriter {

    static final String FORMAT = "activation-desk-ticket";
    static final int VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String write(TicketReport report) {
        ReportTexts texts = new ReportTexts(report);
        Messages m = texts.messages();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("language", report.language().tag());
        root.put("createdAt", time(report.createdAt()));
        root.put("mode", report.practice().isPresent() ? "practice" : "windows");
        if (report.practice().isPresent()) {
            ObjectNode scenario = root.putObject("scenario");
            scenario.put("id", report.practice().get().id());
            scenario.put("title", report.practice().get().title().in(report.language()));
            scenario.put("summary", report.practice().get().summary().in(report.language()));
        } else {
            root.putNull("scenario");
        }
        root.put("snapshotTakenAt", report.snapshot().map(s -> time(s.takenAt())).orElse(null));
        if (report.snapshot().isPresent()) {
            machine(root.putObject("machine"), report.snapshot().get().machine());
        } else {
            root.putNull("machine");
        }
        ArrayNode products = root.putArray("products");
        report.snapshot().map(MachineSnapshot::products).orElse(List.of())
                .forEach(p -> product(products.addObject(), p, report, texts));

        ObjectNode summary = root.putObject("summary");
        summary.put("problem", report.count(Verdict.PROBLEM));
        summary.put("warning", report.count(Verdict.WARNING));
        summary.put("ok", report.count(Verdict.OK));
        summary.put("couldNotCheck", report.count(Verdict.COULD_NOT_CHECK));
        summary.put("text", texts.summary());

        ArrayNode checks = root.putArray("checks");
        report.results().forEach(r -> check(checks.addObject(), r, texts, m));
        ArrayNode errors = root.putArray("decodedErrors");
        report.decodedErrors().forEach(e -> decoded(errors.addObject(), e));
        ArrayNode journal = root.putArray("journal");
        report.journal().forEach(e -> journalLine(journal.addObject(), e));
        root.put("journalOmitted", report.journalOmitted());
        try {
            return KeyMask.redact(MAPPER.writeValueAsString(root)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the ticket as JSON", e);
        }
    }

    private static void machine(ObjectNode node, MachineInfo machine) {
        node.put("computerName", machine.computerName());
        node.put("osName", machine.osName());
        node.put("version", machine.version());
        node.put("build", machine.build());
        node.put("editionId", machine.editionId());
        node.put("domainRole", machine.domainRole().name());
        node.put("domain", machine.domain());
        node.put("elevated", machine.elevated());
    }

    private static void product(ObjectNode node, LicensingProduct p, TicketReport report, ReportTexts texts) {
        Messages m = texts.messages();
        node.put("activationId", p.activationId());
        node.put("name", p.name());
        node.put("editionId", report.snapshot().get().machine().editionId());
        node.put("channel", p.productKeyChannel());
        node.put("channelKind", p.channel().name());
        node.put("channelText", m.of("channel", p.channel()));
        node.put("maskedKey", ReportTexts.maskedKey(p));
        node.put("licenseStatus", p.licenseStatus().code());
        node.put("licenseStatusText", m.of("licenseStatus", p.licenseStatus()));
        node.put("graceMinutes", p.graceMinutes());
        node.put("timeLeftText", texts.timeLeft(p));
        node.put("reason", p.reason().toString());
        node.put("reasonText", texts.codeTitle(p.reason()));
        node.put("lastActivationError", code(p.lastActivationError()));
        node.put("lastActivationErrorText", texts.codeTitle(p.lastActivationError()));
        node.put("evaluationEnd", p.evaluationEnd() == null ? null : time(p.evaluationEnd()));
        node.put("remainingRearms", p.remainingRearms());
    }

    private static void check(ObjectNode node, CheckResult r, ReportTexts texts, Messages m) {
        node.put("id", r.check().name());
        node.put("title", m.of("diagnose.check", r.check()));
        node.put("verdict", r.verdict().name());
        node.put("verdictText", m.of("diagnose.verdict", r.verdict()));
        node.put("evidence", r.evidence(m));
        node.put("code", code(r.code()));
        node.put("codeText", texts.codeTitle(r.code()));
        node.put("fixTarget", r.fixTarget().name());
        node.put("fixTargetText", r.fix() == null ? null : m.of("diagnose.fixTarget", r.fixTarget()));
        node.put("fix", r.fix() == null ? null : r.fix().text().in(m));
        ObjectNode facts = node.putObject("facts");
        r.facts().forEach(f -> fact(facts, f));
        node.put("elapsedMillis", r.elapsed().toMillis());
    }

    /** Each fact in its own JSON type: numbers and booleans as such, codes, enums and times as text. */
    private static void fact(ObjectNode facts, Fact fact) {
        String name = fact.key().name();
        Object value = fact.value();
        if (value instanceof Integer number) {
            facts.put(name, number);
        } else if (value instanceof Long number) {
            facts.put(name, number);
        } else if (value instanceof Boolean yes) {
            facts.put(name, yes);
        } else if (value instanceof Instant instant) {
            facts.put(name, time(instant));
        } else if (value instanceof Enum<?> constant) {
            facts.put(name, constant.name());
        } else {
            facts.put(name, value.toString()); // String and Hresult (0xC004FC07)
        }
    }

    private static void decoded(ObjectNode node, CodeExplanation e) {
        node.put("code", e.code().toString());
        node.put("symbol", e.symbol());
        node.put("known", e.known());
        node.put("title", e.title());
        node.put("cause", e.cause());
        node.put("fix", e.fix());
        node.put("fixSource", e.fixFromMicrosoft() ? "MS" : "ours");
    }

    private static void journalLine(ObjectNode node, JournalEntry e) {
        node.put("time", time(e.time()));
        node.put("machine", e.machine());
        node.put("action", e.action());
        node.put("maskedKey", e.maskedKey().equals("-") ? null : e.maskedKey());
        node.put("outcome", e.outcome().toString());
        node.put("detail", e.detail().equals("-") ? null : e.detail());
    }

    private static String code(Hresult code) {
        return code == null ? null : code.toString();
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
