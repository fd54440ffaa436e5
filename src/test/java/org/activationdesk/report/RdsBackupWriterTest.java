package org.activationdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.rds.RdsBackup;
import org.activationdesk.core.rds.RdsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

class RdsBackupWriterTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Pattern KEY_SHAPED = Pattern.compile("[0-9A-Z]{5}(?:[-\\s][0-9A-Z]{5}){4}");
    private static final RdsKeyPack PER_USER = new RdsKeyPack(2, "Windows Server 2022 - RDS Per User CAL",
            "Windows Server 2022", CalType.PER_USER, RdsKeyPackType.OPEN_LICENSE, 50, 12, 38,
            Instant.parse("2027-03-31T00:00:00Z"));
    private static final RdsKeyPack PER_DEVICE = new RdsKeyPack(3, "Per device <&> \"quoted\"", "Windows Server 2019",
            CalType.PER_DEVICE, 5, 5, 0);
    private static final PracticeScenario PRACTICE = new PracticeScenario("rds-test",
            new LocalizedString("RDS test", "RDS のテスト"), new LocalizedString("Summary", "概要"));

    private static RdsBackup backup(Language language) {
        return new RdsBackup(NOW, language, "RDS-LS01", "Windows Server 2022 Standard", Optional.of(PRACTICE),
                RdsFixtures.activated(PER_USER, PER_DEVICE));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void thePageIsWellFormedAndHoldsEverythingToKeepInItsLanguage(Language language) throws Exception {
        String html = RdsBackupWriter.write(backup(language), ReportFormat.HTML);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo(language.tag());
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getElementsByTagName("link").getLength()).isZero();
        // The ID in its seven groups, set apart by spacing only: copied, it is the form Windows takes.
        assertThat(html).contains("<span class=\"id\"><span>TESTS</span><span>ERVER</span>")
                .contains(RdsFixtures.PRODUCT_ID).contains(RdsFixtures.DATABASE)
                .contains("Per device &lt;&amp;&gt; &quot;quoted&quot;").contains("2027-03-31");
        assertThat(KEY_SHAPED.matcher(html).find()).isFalse();
        if (language == Language.JAPANESE) {
            assertThat(html).contains("保管しておく情報").contains("ユーザー単位").contains("練習モード");
        } else {
            assertThat(html).contains("What must be kept").contains("Per user").contains("After a crash")
                    .contains("deletes every installed CAL");
        }
    }

    @Test
    void jsonHasTheContractFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(RdsBackupWriter.write(backup(Language.ENGLISH), ReportFormat.JSON));

        assertThat(root.path("format").asText()).isEqualTo("activation-desk-rds-backup");
        assertThat(root.path("version").asInt()).isEqualTo(1);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("createdAt").asText()).isEqualTo("2026-05-04T08:30:00Z");
        assertThat(root.path("licenseServerId").asText()).isEqualTo(RdsFixtures.SERVER_ID);
        assertThat(root.path("productId").asText()).isEqualTo(RdsFixtures.PRODUCT_ID);
        assertThat(root.path("databasePath").asText()).isEqualTo(RdsFixtures.DATABASE);
        JsonNode pack = root.path("keyPacks").get(0);
        assertThat(pack.path("keyPackId").asInt()).isEqualTo(2);
        assertThat(pack.path("calType").asText()).isEqualTo("PER_USER");
        assertThat(pack.path("keyPackType").asText()).isEqualTo("OPEN_LICENSE");
        assertThat(pack.path("productVersion").asText()).isEqualTo("Windows Server 2022");
        assertThat(List.of(pack.path("totalLicenses").asInt(), pack.path("issuedLicenses").asInt(),
                pack.path("availableLicenses").asInt())).containsExactly(50, 12, 38);
        assertThat(pack.path("expirationDate").asText()).isEqualTo("2027-03-31T00:00:00Z");
        assertThat(root.path("keyPacks").get(1).path("expirationDate").isNull()).isTrue();
        assertThat(root.path("keep")).hasSize(4);
        assertThat(root.path("keep").get(0).path("value").asText()).isEqualTo(RdsFixtures.SERVER_ID);
        assertThat(root.path("afterACrash").get(1).path("state").asText()).isEqualTo("DONE");
    }

    @Test
    void aServerNotActivatedHasNoIdAndSaysSo() throws Exception {
        RdsBackup rebuilt = new RdsBackup(NOW, Language.ENGLISH, null, null, Optional.empty(), RdsFixtures.notActivated());

        String html = RdsBackupWriter.write(rebuilt, ReportFormat.HTML);
        JsonNode json = new ObjectMapper().readTree(RdsBackupWriter.write(rebuilt, ReportFormat.JSON));

        assertThat(html).contains("None yet: the server is not activated").contains("No CAL key packs are installed.")
                .doesNotContain("class=\"practice\"");
        assertThat(json.path("licenseServerId").isNull()).isTrue();
        assertThat(json.path("mode").asText()).isEqualTo("windows");
        assertThat(json.path("computerName").isNull()).isTrue();
    }
}
