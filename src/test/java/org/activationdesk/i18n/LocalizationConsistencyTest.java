package org.activationdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.activationdesk.app.Backend;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.edition.Caution;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.edition.Obstacle;
import org.activationdesk.core.edition.Verdict;
import org.activationdesk.core.errors.Facility;
import org.activationdesk.core.errors.ParsedCode;
import org.activationdesk.core.errors.Severity;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.key.ChecksumState;
import org.activationdesk.core.key.InvalidCharacterKind;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.key.KeyIssue;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.StepKind;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsFinding;
import org.activationdesk.core.rds.RdsIdIssue;
import org.activationdesk.core.rds.RdsIdKind;
import org.activationdesk.core.rds.RecoveryChecklist;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.ui.shell.Screen;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string exists in English and Japanese, exactly once, and is used. Keys built from an
 * enum ({@code channel.KMS_CLIENT}) are checked against the enum, so a new constant without texts fails here.
 */
class LocalizationConsistencyTest {

    private static final Path BUNDLES = Path.of("resources/i18n");
    private static final Path ERRORS = Path.of("resources/errors");

    /** Key prefixes whose keys are {@code prefix.CONSTANT} for every constant of the enum. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_KEYS = new LinkedHashMap<>();

    static {
        ENUM_KEYS.put("domainRole", DomainRole.class);
        ENUM_KEYS.put("key.issue", KeyIssue.Code.class);
        ENUM_KEYS.put("key.invalidCharacter", InvalidCharacterKind.class);
        ENUM_KEYS.put("key.format", KeyFormat.class);
        ENUM_KEYS.put("key.checksum", ChecksumState.class);
        ENUM_KEYS.put("key.identity", KeyIdentity.Source.class);
        ENUM_KEYS.put("plan.verdict", Verdict.class);
        ENUM_KEYS.put("plan.step", StepKind.class);
        ENUM_KEYS.put("plan.blocker", Obstacle.class);
        ENUM_KEYS.put("plan.warning", Caution.class);
        ENUM_KEYS.put("channel", Channel.class);
        ENUM_KEYS.put("licenseStatus", LicenseStatus.class);
        ENUM_KEYS.put("diagnose.check", CheckId.class);
        ENUM_KEYS.put("diagnose.verdict", org.activationdesk.core.diagnose.Verdict.class);
        ENUM_KEYS.put("diagnose.fixTarget", FixTarget.class);
        ENUM_KEYS.put("diagnose.fact", FactKey.class);
        ENUM_KEYS.put("rdsStatus", RdsActivationStatus.class);
        ENUM_KEYS.put("nav", Screen.class);
        ENUM_KEYS.put("nextStep.title", NextStep.class);
        ENUM_KEYS.put("nextStep.detail", NextStep.class);
        ENUM_KEYS.put("nextStep.action", NextStep.class);
        ENUM_KEYS.put("nextStep.howTo", NextStep.class);
        ENUM_KEYS.put("precondition", Precondition.class);
        ENUM_KEYS.put("scenario.error.problem", ScenarioException.Problem.class);
        ENUM_KEYS.put("banner.reason", Backend.PracticeReason.class);
        ENUM_KEYS.put("language", Language.class);
        ENUM_KEYS.put("severity", Severity.class);
        ENUM_KEYS.put("facility", Facility.class);
        ENUM_KEYS.put("explain.notACode", ParsedCode.Reason.class);
        ENUM_KEYS.put("overview.change", org.activationdesk.ui.overview.Maintenance.class);
        // Phone activation
        ENUM_KEYS.put("phone.step", org.activationdesk.ui.phone.PhoneStep.class);
        ENUM_KEYS.put("phone.outcome", org.activationdesk.ui.phone.PhoneOutcome.class);
        // Volume activation (net, kms-discover, kms-probe)
        ENUM_KEYS.put("volume.address.problem", org.activationdesk.core.volume.AddressProblem.class);
        ENUM_KEYS.put("volume.probe.bind", org.activationdesk.core.volume.BindReply.Kind.class);
        ENUM_KEYS.put("volume.stage", org.activationdesk.core.volume.ProbeStage.class);
        ENUM_KEYS.put("volume.state", org.activationdesk.core.volume.ProbeState.class);
        // RD license server (core.rds, RDS screen, rds-status, backup)
        ENUM_KEYS.put("rds.id.kind", RdsIdKind.class);
        ENUM_KEYS.put("rds.id.issue", RdsIdIssue.Code.class);
        ENUM_KEYS.put("rds.calType", CalType.class);
        ENUM_KEYS.put("rds.keyPackType", RdsKeyPackType.class);
        ENUM_KEYS.put("rds.reason", RdsReactivationReason.class);
        ENUM_KEYS.put("rds.stepState", RecoveryChecklist.StepState.class);
        ENUM_KEYS.put("rds.level", RdsFinding.Level.class);
        // Diagnostics: the computer around licensing (service, internet and proxy, clock, restart)
        ENUM_KEYS.put("health.why", org.activationdesk.core.port.UnknownFact.Reason.class);
        ENUM_KEYS.put("health.serviceState", org.activationdesk.core.port.ServiceReading.State.class);
        ENUM_KEYS.put("health.startMode", org.activationdesk.core.port.ServiceReading.StartMode.class);
        ENUM_KEYS.put("health.proxySource", org.activationdesk.core.port.OnlineReading.ProxySource.class);
        ENUM_KEYS.put("health.restartMarker", org.activationdesk.core.port.RestartReading.Marker.class);
        // Volume activation screen and switch plans
        ENUM_KEYS.put("plan.switch", org.activationdesk.core.plan.SwitchKind.class);
        ENUM_KEYS.put("volume.where.about", Channel.class);
    }

    /** {@code key=value} lines in file order, keeping duplicates so they can be found. */
    private static List<Map.Entry<String, String>> entries(Path file) throws IOException {
        List<Map.Entry<String, String>> result = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            assertThat(equals).as("line without '=' in %s: %s", file, line).isPositive();
            assertThat(line).as("continued lines are not used in %s", file).doesNotEndWith("\\");
            result.add(Map.entry(line.substring(0, equals).strip(), line.substring(equals + 1)));
        }
        return result;
    }

    private static Map<String, String> bundle(Path file) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        entries(file).forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static Path file(Path folder, String base, Language language) {
        return folder.resolve(base + "_" + language.tag() + ".properties");
    }

    @Test
    void noKeyAppearsTwiceInAnyBundle() throws IOException {
        for (Path folder : List.of(BUNDLES, ERRORS)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                    List<String> keys = entries(file).stream().map(Map.Entry::getKey).toList();
                    Set<String> duplicates = keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k))
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertThat(duplicates).as("duplicate keys in %s", file).isEmpty();
                }
            }
        }
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        for (var pair : List.of(Map.entry(BUNDLES, "messages"), Map.entry(ERRORS, "errors"))) {
            Set<String> english = bundle(file(pair.getKey(), pair.getValue(), Language.ENGLISH)).keySet();
            for (Language language : Language.values()) {
                Set<String> other = bundle(file(pair.getKey(), pair.getValue(), language)).keySet();
                assertThat(new TreeSet<>(other)).as("%s keys in %s", pair.getValue(), language)
                        .containsExactlyElementsOf(new TreeSet<>(english));
            }
        }
    }

    @Test
    void noTextIsEmptyOrLeftInEnglishInTheJapaneseBundle() throws IOException {
        Map<String, String> english = bundle(file(BUNDLES, "messages", Language.ENGLISH));
        Map<String, String> japanese = bundle(file(BUNDLES, "messages", Language.JAPANESE));
        // Names that are the same in both languages on purpose.
        Set<String> sameOnPurpose = Set.of("app.title", "language.ENGLISH", "language.JAPANESE", "keyscreen.prompt");
        english.forEach((key, text) -> {
            assertThat(text).as("English text of %s", key).isNotBlank();
            assertThat(japanese.get(key)).as("Japanese text of %s", key).isNotBlank();
            if (!sameOnPurpose.contains(key)) {
                assertThat(japanese.get(key)).as("Japanese text of %s is still English", key).isNotEqualTo(text);
            }
        });
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArgumentsInEveryLanguage() throws IOException {
        Pattern argument = Pattern.compile("\\{(\\d+)");
        Map<String, String> english = bundle(file(BUNDLES, "messages", Language.ENGLISH));
        for (Language language : Language.values()) {
            bundle(file(BUNDLES, "messages", language)).forEach((key, text) -> {
                assertThat(text.replace("''", "")).as("%s (%s): write a quote as '' or ’", key, language)
                        .doesNotContain("'");
                new MessageFormat(text, language.locale()); // throws on a broken pattern
                assertThat(arguments(argument, text)).as("arguments of %s in %s", key, language)
                        .isEqualTo(arguments(argument, english.get(key)));
            });
        }
    }

    private static Set<String> arguments(Pattern argument, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = argument.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void everyEnumConstantHasItsTextsAndNoTextOutlivesItsConstant() throws IOException {
        Set<String> keys = bundle(file(BUNDLES, "messages", Language.ENGLISH)).keySet();
        ENUM_KEYS.forEach((prefix, type) -> {
            Set<String> expected = Arrays.stream(type.getEnumConstants()).map(c -> prefix + "." + c.name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> present = keys.stream()
                    .filter(k -> k.startsWith(prefix + ".") && k.indexOf('.', prefix.length() + 1) < 0)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(present).as("keys %s.* against %s", prefix, type.getSimpleName()).isEqualTo(expected);
        });
    }

    @Test
    void everyOtherKeyIsUsedInTheCodeAndEveryKeyTheCodeUsesExists() throws IOException {
        String code = mainSources();
        Set<String> keys = bundle(file(BUNDLES, "messages", Language.ENGLISH)).keySet();
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            boolean fromEnum = ENUM_KEYS.keySet().stream().anyMatch(p -> key.startsWith(p + ".")
                    && key.indexOf('.', p.length() + 1) < 0);
            if (!fromEnum && !code.contains("\"" + key + "\"") && !code.contains("\"%" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();

        // Message lookups look like get("key") and of("key"); Map.of("name", ...) and friends are not lookups.
        Matcher literal = Pattern.compile("(?<!(?:Map|List|Set|Optional|Path|Stream)\\.)(?:get|of)\\(\"([a-z][A-Za-z0-9_.]*)\"")
                .matcher(code);
        Matcher fxml = Pattern.compile("\"%([a-z][A-Za-z0-9_.]*)\"").matcher(code);
        Set<String> missing = new TreeSet<>();
        while (literal.find()) {
            String key = literal.group(1);
            // "banner.reason." + reason: a prefix from the enum registry, checked constant by constant above.
            boolean enumPrefix = key.endsWith(".") && ENUM_KEYS.containsKey(key.substring(0, key.length() - 1));
            if (!keys.contains(key) && !ENUM_KEYS.containsKey(key) && !enumPrefix) {
                missing.add(key);
            }
        }
        while (fxml.find()) {
            if (!keys.contains(fxml.group(1))) {
                missing.add(fxml.group(1));
            }
        }
        assertThat(missing).as("keys the code uses but no bundle has").isEmpty();
    }

    @Test
    void everyCatalogCodeHasTitleCauseAndFixInEveryLanguage() throws IOException {
        List<String> codes = Files.readAllLines(ERRORS.resolve("codes.tsv")).stream().skip(1)
                .filter(line -> !line.isBlank()).map(line -> line.split("\t")[0]).toList();
        for (Language language : Language.values()) {
            Map<String, String> texts = bundle(file(ERRORS, "errors", language));
            Set<String> expected = codes.stream()
                    .flatMap(code -> Stream.of(code + ".title", code + ".cause", code + ".fix"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(texts.keySet())).as("catalog texts in %s", language).isEqualTo(expected);
            texts.forEach((key, text) -> assertThat(text).as("%s in %s", key, language).isNotBlank());
        }
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".fxml")).toList()) {
                    all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
