package org.activationdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.activationdesk.app.CliContractTest.Result;
import org.activationdesk.cli.DeskCli;
import org.activationdesk.cli.Machines;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.platform.simulated.ScenarioNetwork;
import org.activationdesk.platform.simulated.SimulatedKmsNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@code diagnose} (exit 0 no problem, 1 a problem, 3 licensing service unreadable) and
 * {@code report --out FILE [--format html|json]} (exit 0 written, 2 bad arguments, 3 environment), in-process on
 * the real composition root and the built-in practice scenarios.
 */
@ExtendWith(IsolatedHome.class)
class CliDiagnoseTest {

    /** For hand-made machines: a network where no name has a record and no host resolves; it sends nothing. */
    private static final KmsNetwork NO_NETWORK = new SimulatedKmsNetwork(ScenarioNetwork.EMPTY, Duration.ZERO);

    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The contract test's runner, which also fails on any full key on stdout or stderr. */
    static Result run(String... args) {
        return CliContractTest.run(args);
    }

    static Result run(Machines machines, String... args) {
        return CliContractTest.run(machines, args);
    }

    static List<String> builtInIds() throws IOException {
        return CliContractTest.builtInIds();
    }

    static JsonNode json(Result result) throws IOException {
        return CliContractTest.json(result);
    }

    private static JsonNode check(JsonNode root, CheckId id) {
        for (JsonNode check : root.path("checks")) {
            if (check.path("id").asText().equals(id.name())) {
                return check;
            }
        }
        throw new AssertionError("no check " + id + " in " + root);
    }

    private static Machines unreadable() {
        LicensingService denied = new ReadOnlyLicensingService() {
            @Override
            public MachineSnapshot snapshot() throws LicensingException {
                throw new LicensingException(new Hresult(0x80070005), "Access denied");
            }
        };
        return new Machines() {
            @Override
            public Opened open(boolean practice, String scenario, Messages messages) {
                return new Opened(denied, Optional::empty, NO_NETWORK, Optional.empty(), Optional.empty());
            }

            @Override
            public NetworkAccess network(boolean practice, String scenario, Messages messages) {
                return new NetworkAccess(NO_NETWORK, Optional.empty());
            }

            @Override
            public List<PracticeScenario> scenarios(Messages messages) {
                return List.of();
            }
        };
    }

    // ---- diagnose ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInIds")
    void diagnoseJsonListsEveryCheckAndTheExitCodeFollowsTheProblems(String id) throws IOException {
        Result result = run("diagnose", "--json", "--lang", "en", "--scenario", id);

        assertThat(result.err()).isEmpty();
        JsonNode root = json(result);
        assertThat(root.path("scenario").path("id").asText()).isEqualTo(id);
        assertThat(root.path("checks").size()).isEqualTo(CheckId.values().length);
        boolean anyProblem = root.path("summary").path("problem").asInt() > 0;
        assertThat(result.code()).isEqualTo(anyProblem ? DeskCli.EXIT_FINDING : DeskCli.EXIT_OK);
        assertThat(check(root, CheckId.READ_LICENSING).path("verdict").asText()).isEqualTo("OK");
    }

    @Test
    void theSeedScenariosShowTheirProblem() throws IOException {
        assertThat(run("diagnose", "--scenario", "win10-pro-activated").code()).isEqualTo(DeskCli.EXIT_OK);

        JsonNode evaluation = json(run("diagnose", "--json", "--lang", "en", "--scenario", "server2019-eval-expired"));
        assertThat(check(evaluation, CheckId.EVALUATION_EXPIRY).path("verdict").asText()).isEqualTo("PROBLEM");
        assertThat(check(evaluation, CheckId.EVALUATION_EXPIRY).path("evidence").asText()).contains("domain controller");

        JsonNode kms = json(run("diagnose", "--json", "--scenario", "win10-pro-kms-no-srv"));
        assertThat(check(kms, CheckId.KMS_CLIENT).path("code").asText()).isEqualTo("0x8007232B");

        JsonNode host = json(run("diagnose", "--json", "--scenario", "kms-host-below-threshold"));
        assertThat(check(host, CheckId.KMS_HOST_COUNT).path("verdict").asText()).isEqualTo("PROBLEM");

        JsonNode mak = json(run("diagnose", "--json", "--scenario", "mak-no-internet"));
        assertThat(check(mak, CheckId.LICENSE_STATUS).path("fixTarget").asText()).isEqualTo("ACTIVATE_BY_PHONE");

        JsonNode rds = json(run("diagnose", "--json", "--scenario", "rds2022-rebuilt"));
        assertThat(check(rds, CheckId.RDS_LICENSE_SERVER).path("verdict").asText()).isEqualTo("PROBLEM");
    }

    @Test
    void diagnoseJsonShowsTheServiceInternetClockAndRestartVerdicts() throws IOException {
        JsonNode skew = json(run("diagnose", "--json", "--lang", "en", "--scenario", "win10-kms-clock-skew"));
        JsonNode clock = check(skew, CheckId.SYSTEM_CLOCK);
        assertThat(clock.path("verdict").asText()).isEqualTo("PROBLEM");
        assertThat(clock.path("code").asText()).isEqualTo("0xC004F06C");
        assertThat(clock.path("evidence").asText()).contains("5 hours 12 minutes behind the KMS host kms01.corp.example");
        assertThat(clock.path("facts").toString()).contains("CLOCK_OFFSET_SECONDS").contains("-18720");
        assertThat(check(skew, CheckId.ONLINE_REACHABILITY).path("evidence").asText()).contains("KMS client");

        JsonNode mak = json(run("diagnose", "--json", "--lang", "en", "--scenario", "mak-no-internet"));
        JsonNode online = check(mak, CheckId.ONLINE_REACHABILITY);
        assertThat(online.path("verdict").asText()).isEqualTo("PROBLEM");
        assertThat(online.path("code").asText()).isEqualTo("0x80072EE7");
        assertThat(online.path("fixTarget").asText()).isEqualTo("ACTIVATE_BY_PHONE");
        assertThat(check(mak, CheckId.LICENSING_SERVICE_STATE).path("verdict").asText()).isEqualTo("OK");
        assertThat(check(mak, CheckId.SYSTEM_CLOCK).path("verdict").asText()).isEqualTo("COULD_NOT_CHECK");

        JsonNode rds = json(run("diagnose", "--json", "--lang", "ja", "--scenario", "rds2022-rebuilt"));
        assertThat(check(rds, CheckId.PENDING_REBOOT).path("verdict").asText()).isEqualTo("WARNING");
        assertThat(check(rds, CheckId.PENDING_REBOOT).path("evidence").asText()).contains("再起動");
    }

    @Test
    void aMachineOpenedWithoutSystemHealthSaysItCouldNotCheckNotThatAllIsWell() throws IOException {
        JsonNode root = json(run(unreadable(), "diagnose", "--json", "--lang", "en"));

        for (CheckId id : List.of(CheckId.LICENSING_SERVICE_STATE, CheckId.SYSTEM_CLOCK, CheckId.PENDING_REBOOT)) {
            assertThat(check(root, id).path("verdict").asText()).as("%s", id).isEqualTo("COULD_NOT_CHECK");
        }
    }

    @Test
    void diagnoseTextPrintsEveryCheckInOrderWithItsVerdictAndASummary() throws IOException {
        Result result = run("diagnose", "--lang", "en", "--scenario", "server2019-eval-expired");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Practice mode: ").contains("[Problem] Evaluation period")
                .contains("[OK] Licensing service answers").contains("[OK] System clock")
                .contains("What to do: ").contains("In Activation Desk: Convert the evaluation edition")
                .containsPattern("Problems: \\d+, warnings: \\d+, OK: \\d+, could not check: \\d+\\.");
        // Printed in check order, whatever order the checks finished in.
        assertThat(result.out().indexOf("Licensing service answers")).isLessThan(result.out().indexOf("Evaluation period"));
        assertThat(result.out().indexOf("Evaluation period")).isLessThan(result.out().indexOf("Restart pending"));
    }

    @Test
    void diagnoseSpeaksJapanese() {
        Result result = run("diagnose", "--lang", "ja", "--scenario", "win10-pro-kms-no-srv");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_FINDING);
        assertThat(result.out()).contains("【問題】KMS クライアント").contains("【警告】管理者権限").contains("確認できません")
                .contains("対処: ").doesNotContain("What to do");
    }

    @Test
    void unreadableLicensingServiceIsAnEnvironmentProblemAndStillShowsTheChecks() throws IOException {
        Result text = run(unreadable(), "diagnose", "--lang", "en");
        Result json = run(unreadable(), "diagnose", "--json", "--lang", "en");

        assertThat(text.code()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        assertThat(text.err()).contains("0x80070005").contains("Access denied");
        assertThat(text.err().strip()).doesNotContain("\n");
        assertThat(text.out()).contains("[Problem] Licensing service answers").contains("Restart as administrator");
        assertThat(json.code()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        JsonNode root = json(json);
        assertThat(root.path("machine").isNull()).isTrue();
        assertThat(check(root, CheckId.LICENSE_STATUS).path("verdict").asText()).isEqualTo("COULD_NOT_CHECK");
    }

    @Test
    void unknownScenarioIsBadInput() {
        Result result = run("diagnose", "--lang", "en", "--scenario", "no-such-thing");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("no-such-thing");
    }

    @Test
    void helpAndTheMissingCommandMessageNameBothNewCommands() {
        assertThat(run("--help").out()).contains("diagnose").contains("report");
        assertThat(run().err()).contains("diagnose").contains("report");
    }

    // ---- report ----

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void reportWritesAPrintableHtmlPageInTheChosenLanguage(String lang, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("ticket.html");

        Result result = run("report", "--out", file.toString(), "--lang", lang, "--scenario", "win10-pro-kms-no-srv");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains(file.toString());
        String html = Files.readString(file, UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\">")
                .contains("*****-*****-*****-*****-T83GX").contains("0x8007232B").doesNotContain("<script");
        assertThat(FULL_KEY.matcher(html).find()).isFalse();
        if (lang.equals("ja")) {
            assertThat(html).contains("診断レポート");
        } else {
            assertThat(html).contains("ticket report").doesNotContainPattern(JAPANESE);
        }
    }

    @Test
    void reportFormatComesFromTheOptionOrElseFromTheFileName(@TempDir Path dir) throws IOException {
        Path byName = dir.resolve("ticket.json");
        Path byOption = dir.resolve("ticket.txt");

        assertThat(run("report", "--out", byName.toString(), "--scenario", "mak-no-internet").code())
                .isEqualTo(DeskCli.EXIT_OK);
        assertThat(run("report", "--out", byOption.toString(), "--format", "JSON", "--scenario", "mak-no-internet")
                .code()).isEqualTo(DeskCli.EXIT_OK);

        for (Path file : List.of(byName, byOption)) {
            JsonNode root = JSON.readTree(Files.readString(file, UTF_8));
            assertThat(root.path("format").asText()).isEqualTo("activation-desk-ticket");
            assertThat(root.path("checks").size()).isEqualTo(CheckId.values().length);
        }
    }

    @Test
    void reportJsonOptionDescribesTheWrittenFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ticket.html");

        Result result = run("report", "--out", file.toString(), "--json", "--scenario", "rds2022-rebuilt");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_OK);
        JsonNode root = json(result);
        assertThat(root.path("file").asText()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(root.path("format").asText()).isEqualTo("html");
        assertThat(root.path("problem").asInt()).isPositive();
    }

    @Test
    void reportIncludesThisMachinesJournalLines(@TempDir Path dir) throws IOException {
        new ActionJournal(AppPaths.journal(true)).append(new JournalEntry(Instant.parse("2026-05-04T08:30:00Z"),
                "LAB-PC07", "activate-online", "*****-*****-*****-*****-QJ4KX", new Hresult(0x80072EE7)));
        new ActionJournal(AppPaths.journal(true)).append(new JournalEntry(Instant.parse("2026-05-04T08:31:00Z"),
                "SOMEONE-ELSE", "activate-online", "-", Hresult.S_OK));
        Path file = dir.resolve("ticket.json");

        assertThat(run("report", "--out", file.toString(), "--scenario", "mak-no-internet").code())
                .isEqualTo(DeskCli.EXIT_OK);

        JsonNode journal = JSON.readTree(Files.readString(file, UTF_8)).path("journal");
        assertThat(journal.findValuesAsText("machine")).contains("LAB-PC07").doesNotContain("SOMEONE-ELSE");
    }

    @Test
    void unknownFormatIsBadInputAndWritesNothing(@TempDir Path dir) {
        Path file = dir.resolve("ticket.pdf");

        Result result = run("report", "--out", file.toString(), "--format", "pdf", "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("pdf").contains("html or json");
        assertThat(file).doesNotExist();
    }

    @Test
    void aPathThatCannotBeWrittenIsBadInputWithTheReason(@TempDir Path dir) {
        Path missingFolder = dir.resolve("no-such-folder").resolve("ticket.html");

        Result noFolder = run("report", "--out", missingFolder.toString(), "--lang", "en");
        Result isFolder = run("report", "--out", dir.toString(), "--lang", "en");

        assertThat(noFolder.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(noFolder.err()).contains(missingFolder.toString()).contains("the folder does not exist");
        assertThat(isFolder.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(isFolder.err()).contains("it is a folder");
        assertThat(noFolder.out()).isEmpty();
    }

    @Test
    void reportWithoutOutIsBadInput() {
        Result result = run("report");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_BAD_INPUT);
        assertThat(result.err()).contains("--out");
    }

    @Test
    void reportOnAnUnreadableLicensingServiceIsStillWrittenButExitsThree(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ticket.html");

        Result result = run(unreadable(), "report", "--out", file.toString(), "--lang", "en");

        assertThat(result.code()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        assertThat(result.err()).contains("0x80070005");
        assertThat(Files.readString(file, UTF_8)).contains("0x80070005").contains("could not be read");
    }
}
