package org.activationdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.DiagnosticsRunner;
import org.activationdesk.core.diagnose.FakeKmsNetwork;
import org.activationdesk.core.diagnose.FakeSystemHealth;
import org.activationdesk.core.diagnose.TicketReport;
import org.activationdesk.core.diagnose.check.DiagnosticChecks;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Both writers on a machine built to be awkward: markup and quotes in names, a whole key slipped into a journal
 * line, and in both languages. Nothing may come out unescaped or unmasked.
 */
class TicketReportWritersTest {

    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final String NASTY_NAME = "PC-<script>alert('x')</script>&\"01\"";
    private static final String LEAKED_KEY = "NPPR9-FWDCX-D2C8J-H872K-2YT43";
    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final ExecutorService THREADS = DiagnosticsRunner.newExecutor();

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    private static TicketReport report(Language language) throws Exception {
        MachineInfo machine = new MachineInfo(NASTY_NAME, "Windows 10 Pro", "10.0.19045", 19045, "Professional",
                DomainRole.MEMBER_WORKSTATION, "corp.example", false);
        LicensingProduct product = new LicensingProduct("27519077-4a9e-44c1-8b97-b944af1d25b4",
                "Windows(R), Professional <edition>", "Windows(R) Operating System, VOLUME_KMSCLIENT channel",
                "Volume:GVLK", "T83GX", LicenseStatus.OOB_GRACE, 17280, new Hresult(0x4004F00C),
                new Hresult(0x8007232B), null, 1001, new KmsClientInfo(null, 0, null, 0, null, 120, 10080), null);
        MachineSnapshot snapshot = new MachineSnapshot(machine, List.of(product), NOW);
        LicensingService service = new ReadOnlyLicensingService() {
            @Override
            public MachineSnapshot snapshot() {
                return snapshot;
            }
        };
        PracticeScenario scenario = new PracticeScenario("kms & <dns>", new LocalizedString("KMS <test>", "KMS の「テスト」"),
                new LocalizedString("summary", "概要"));
        DiagnosticContext context = new DiagnosticContext(service, Optional::empty, new FakeKmsNetwork(),
                new FakeSystemHealth().practice(), Clock.fixed(NOW, ZoneOffset.UTC),
                new ErrorExplainer(ErrorCatalog.load()), Optional.of(scenario));
        var results = new DiagnosticsRunner(DiagnosticChecks.standard(), THREADS).run(context, r -> { });
        List<JournalEntry> journal = List.of(
                new JournalEntry(NOW, NASTY_NAME, "activate-online", "*****-*****-*****-*****-T83GX", new Hresult(0x8007232B)),
                new JournalEntry(NOW.plusSeconds(60), NASTY_NAME, "install-key " + LEAKED_KEY.toLowerCase(), LEAKED_KEY,
                        Hresult.S_OK));
        return TicketReport.of(context, results, journal, Messages.of(language));
    }

    private static Document parseAsXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlIsOneWellFormedSelfContainedPageInTheChosenLanguage(Language language) throws Exception {
        String html = ReportFormat.HTML.writer().write(report(language));

        Document document = parseAsXml(html); // fails on any unescaped value or unclosed element
        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("html");
        assertThat(root.getAttribute("lang")).isEqualTo(language.tag());
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("link").getLength()).isZero();
        assertThat(document.getElementsByTagName("img").getLength()).isZero();
        assertThat(document.getElementsByTagName("style").getLength()).isEqualTo(1);
        assertThat(html).doesNotContain("src=").doesNotContain("href=").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("http:").doesNotContain("https:");
        // The hostile values are there, as text.
        assertThat(root.getTextContent()).contains(NASTY_NAME).contains("Professional <edition>");
        assertThat(html).contains("PC-&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;01&quot;");
        // Every check is listed with its verdict in words, not only in colour.
        assertThat(document.getElementsByTagName("tbody").item(0).getChildNodes().getLength())
                .isGreaterThanOrEqualTo(CheckId.values().length);
        assertThat(html).contains("@media print");
        if (language == Language.JAPANESE) {
            assertThat(root.getTextContent()).contains("診断レポート").contains("確認項目").contains("問題");
        } else {
            assertThat(root.getTextContent()).contains("ticket report").doesNotContainPattern(JAPANESE);
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noFormatEverContainsAFullKeyOnlyMaskedOnes(ReportFormat format) throws Exception {
        for (Language language : Language.values()) {
            String written = format.writer().write(report(language));

            assertThat(FULL_KEY.matcher(written).find()).as("%s %s", format, language).isFalse();
            assertThat(written).contains("*****-*****-*****-*****-T83GX").contains("*****-*****-*****-*****-2YT43");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void jsonHasTheContractFieldsAndWordsInTheChosenLanguage(Language language) throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReportFormat.JSON.writer().write(report(language)));

        assertThat(root.path("format").asText()).isEqualTo("activation-desk-ticket");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("language").asText()).isEqualTo(language.tag());
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("machine").path("computerName").asText()).isEqualTo(NASTY_NAME);
        JsonNode product = root.path("products").get(0);
        assertThat(product.path("maskedKey").asText()).isEqualTo("*****-*****-*****-*****-T83GX");
        assertThat(product.has("partialKey")).as("only the masked form goes into tickets").isFalse();
        assertThat(root.path("checks").size()).isEqualTo(CheckId.values().length);
        JsonNode kms = null;
        for (JsonNode check : root.path("checks")) {
            assertThat(check.path("verdict").asText()).isIn("OK", "WARNING", "PROBLEM", "COULD_NOT_CHECK");
            assertThat(check.path("evidence").asText()).isNotBlank();
            assertThat(check.has("fix")).isTrue();
            assertThat(check.path("facts").isObject()).isTrue();
            if (check.path("id").asText().equals("KMS_CLIENT")) {
                kms = check;
            }
        }
        assertThat(kms).isNotNull();
        assertThat(kms.path("verdict").asText()).isEqualTo("PROBLEM");
        assertThat(kms.path("code").asText()).isEqualTo("0x8007232B");
        assertThat(kms.path("fixTarget").asText()).isEqualTo("KMS_SETTINGS");
        assertThat(kms.path("facts").path("KMS_LOOKUP_DOMAIN").asText()).isEqualTo("corp.example");
        assertThat(root.path("summary").path("problem").asInt()).isPositive();
        assertThat(root.path("decodedErrors").findValuesAsText("code")).contains("0x8007232B", "0x4004F00C");
        assertThat(root.path("journal").size()).isEqualTo(2);
        String evidence = kms.path("evidence").asText();
        if (language == Language.JAPANESE) {
            assertThat(evidence).containsPattern(JAPANESE);
        } else {
            assertThat(evidence).doesNotContainPattern(JAPANESE);
        }
    }
}
