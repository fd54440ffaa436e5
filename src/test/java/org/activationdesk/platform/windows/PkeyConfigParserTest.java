package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.activationdesk.core.port.KeyConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pkeyconfig reader on tiny hand-written files in the documented schema (key-formats.md §1.9). No real pkeyconfig
 * is, or may be, part of this repository.
 */
class PkeyConfigParserTest {

    static final String ENTERPRISE = "73111121-5638-40f6-bc11-f1d7b0d64300";

    record Config(String id, int group, String edition, String type, String description) {
    }

    record Range(String configId, long start, long end, boolean valid) {
    }

    static String inner(List<Config> configs, List<Range> ranges, List<String> publicKeys) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<ProductKeyConfiguration xmlns=\"http://www.microsoft.com/DRM/PKEY/Configuration/2.0\">\n"
                + "<Configurations>\n");
        for (Config c : configs) {
            xml.append("<Configuration><ActConfigId>{").append(c.id()).append("}</ActConfigId><RefGroupId>")
                    .append(c.group()).append("</RefGroupId><EditionId>").append(c.edition())
                    .append("</EditionId><ProductDescription>").append(c.description())
                    .append("</ProductDescription><ProductKeyType>").append(c.type())
                    .append("</ProductKeyType><IsRandomized>false</IsRandomized></Configuration>\n");
        }
        xml.append("</Configurations><KeyRanges>\n");
        for (Range r : ranges) {
            xml.append("<KeyRange><RefActConfigId>{").append(r.configId().toUpperCase())
                    .append("}</RefActConfigId><PartNumber>[TH]X19-00000</PartNumber><EulaType>Volume</EulaType>"
                            + "<IsValid>").append(r.valid()).append("</IsValid><Start>").append(r.start())
                    .append("</Start><End>").append(r.end()).append("</End></KeyRange>\n");
        }
        xml.append("</KeyRanges><PublicKeys>\n");
        xml.append(String.join("\n", publicKeys));
        return xml.append("</PublicKeys></ProductKeyConfiguration>\n").toString();
    }

    static String publicKey(int group, String algorithm) {
        return "<PublicKey><GroupId>" + group + "</GroupId><AlgorithmId>" + algorithm
                + "</AlgorithmId><PublicKeyValue>AAAA</PublicKeyValue></PublicKey>";
    }

    static byte[] xrml(String inner) {
        String base64 = Base64.getMimeEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8));
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<rg:licenseGroup xmlns:rg=\"urn:mpeg:mpeg21:2003:01-REL-R-NS\">"
                + "<r:license xmlns:r=\"urn:mpeg:mpeg21:2003:01-REL-R-NS\" "
                + "xmlns:tm=\"http://www.microsoft.com/DRM/XrML2/TM/v2\"><r:otherInfo><tm:infoTables><tm:infoList "
                + "tag=\"#global\"><tm:infoStr name=\"licenseType\">msft:sl/PKEYCONFIG/SIGNED</tm:infoStr>"
                + "<tm:infoBin name=\"pkeyConfigData\">" + base64 + "</tm:infoBin></tm:infoList></tm:infoTables>"
                + "</r:otherInfo></r:license></rg:licenseGroup>").getBytes(StandardCharsets.UTF_8);
    }

    static List<KeyConfiguration> parse(byte[] file) throws IOException {
        return PkeyConfigParser.parse(new ByteArrayInputStream(file));
    }

    @Test
    void theDocumentedSampleConfiguration() throws IOException {
        List<KeyConfiguration> read = parse(xrml(inner(
                List.of(new Config(ENTERPRISE, 3290, "Enterprise", "Volume:GVLK", "Win 10 RTM Enterprise Volume:GVLK")),
                List.of(new Range(ENTERPRISE, 0, 99_999, true)),
                List.of(publicKey(3290, "msft:rm/algorithm/pkey/2009")))));
        assertThat(read).containsExactly(new KeyConfiguration(3290, 0, 99_999, "Enterprise", "Volume:GVLK",
                "Win 10 RTM Enterprise Volume:GVLK"));
    }

    @Test
    void invalidRangesComeLastAndUnrepresentableEntriesAreLeftOut() throws IOException {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        List<KeyConfiguration> read = parse(xrml(inner(
                List.of(new Config(a, 100, "Professional", "Retail", "Pro Retail"),
                        new Config(b, 200, "Professional", "Retail:Weird", "unknown type"),
                        new Config(c, 300, "Core", "Retail", "2005 group")),
                List.of(new Range(a, 0, 10, false), new Range(a, 11, 20, true), new Range(b, 0, 5, true),
                        new Range(c, 0, 5, true), new Range(UUID.randomUUID().toString(), 0, 5, true),
                        new Range(a, 30, 20, true)),
                List.of(publicKey(300, "msft:rm/algorithm/pkey/2005")))));
        assertThat(read).containsExactly(new KeyConfiguration(100, 11, 20, "Professional", "Retail", "Pro Retail"),
                new KeyConfiguration(100, 0, 10, "Professional", "Retail", "Pro Retail"));
    }

    @Test
    void whatIsNotAKeyConfigurationIsRefusedAsSuch() {
        byte[][] bad = {
            "".getBytes(StandardCharsets.UTF_8),
            "<licenseGroup/>".getBytes(StandardCharsets.UTF_8),
            "<a><infoBin name=\"pkeyConfigData\">!!!not base64!!!</infoBin></a>".getBytes(StandardCharsets.UTF_8),
            "<a><infoBin name=\"pkeyConfigData\">PGJyb2tlbg==</infoBin></a>".getBytes(StandardCharsets.UTF_8),
            ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<a><infoBin name=\"pkeyConfigData\">&x;</infoBin></a>").getBytes(StandardCharsets.UTF_8),
        };
        for (byte[] file : bad) {
            assertThatThrownBy(() -> parse(file)).isInstanceOf(IOException.class);
        }
    }

    @Test
    void generatedConfigurationsAreFoundExactlyWhereTheyCover() throws IOException {
        Random random = new Random(3290L);
        String[] types = {"Retail", "OEM:DM", "Volume:GVLK", "Volume:MAK", "Volume:CSVLK", "Retail:TB:Eval"};
        String[] editions = {"Professional", "Enterprise", "ServerStandard", "ServerDatacenter", "Core"};
        for (int round = 0; round < 40; round++) {
            List<Config> configs = new ArrayList<>();
            List<Range> ranges = new ArrayList<>();
            List<KeyConfiguration> expected = new ArrayList<>();
            for (int i = random.nextInt(1, 8); i > 0; i--) {
                Config config = new Config(UUID.randomUUID().toString(), random.nextInt(1, 5000),
                        editions[random.nextInt(editions.length)], types[random.nextInt(types.length)],
                        "Generated " + i);
                configs.add(config);
                long start = random.nextLong(0, 1_000_000);
                for (int r = random.nextInt(1, 4); r > 0; r--) {
                    long end = start + random.nextLong(0, 100_000);
                    ranges.add(new Range(config.id(), start, end, true));
                    expected.add(new KeyConfiguration(config.group(), start, end, config.edition(), config.type(),
                            config.description()));
                    start = end + 1;
                }
            }
            WindowsKeyConfigurationsTest.Lookup lookup = new WindowsKeyConfigurationsTest.Lookup(
                    parse(xrml(inner(configs, ranges, List.of()))));
            for (int probe = 0; probe < 200; probe++) {
                KeyConfiguration target = expected.get(random.nextInt(expected.size()));
                long serial = random.nextBoolean() ? random.nextLong(target.serialFrom(), target.serialTo() + 1)
                        : random.nextLong(0, 1_200_000);
                Optional<KeyConfiguration> want = expected.stream()
                        .filter(c -> c.covers(target.groupId(), serial)).findFirst();
                assertThat(lookup.find(target.groupId(), serial)).isEqualTo(want);
            }
        }
    }

    @Test
    void damagedFilesAreRefusedOrReadButNeverThrowAnythingElse() {
        Random random = new Random(1010L);
        byte[] good = xrml(inner(List.of(new Config(ENTERPRISE, 3290, "Enterprise", "Volume:GVLK", "Enterprise")),
                List.of(new Range(ENTERPRISE, 0, 10, true)), List.of()));
        for (int i = 0; i < 500; i++) {
            byte[] damaged = good.clone();
            for (int k = random.nextInt(1, 6); k > 0; k--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            try {
                parse(damaged);
            } catch (IOException refused) {
                // fine: not a configuration this reader can use
            }
        }
    }

    @Test
    void theRealFileIsNeverInTheRepository() throws IOException {
        try (var files = Files.walk(Path.of("."))) {
            assertThat(files.filter(p -> !p.startsWith("./target") && !p.startsWith("./.git"))
                    .map(p -> p.getFileName().toString().toLowerCase()).filter(n -> n.endsWith(".xrm-ms")))
                    .isEmpty();
        }
    }

    @Test
    void aTempFileCanBeRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pkeyconfig.xrm-ms");
        Files.write(file, xrml(inner(List.of(new Config(ENTERPRISE, 3290, "Enterprise", "Volume:GVLK", "E")),
                List.of(new Range(ENTERPRISE, 0, 10, true)), List.of())));
        try (var in = Files.newInputStream(file)) {
            assertThat(PkeyConfigParser.parse(in)).hasSize(1);
        }
    }
}
