package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.ProductKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented DISM command, its exit codes and its error line; never the key in an exception. */
class DismEditionConverterTest {

    /** Microsoft's published KMS client key for Server 2019 Datacenter: public, fine in a test. */
    static final ProductKey KEY = ProductKey.of("WMDGN-G9PQG-XVVXX-R3X43-63DFG");

    private final List<List<String>> commands = new ArrayList<>();

    private DismEditionConverter answering(DismEditionConverter.Outcome outcome) {
        return new DismEditionConverter(Path.of("C:\\Windows\\System32\\Dism.exe"), (command, timeout) -> {
            commands.add(command);
            return outcome;
        }, Duration.ofMinutes(1));
    }

    private static int code(Throwable e) {
        return ((WindowsCallException) e).code().value();
    }

    @Test
    void runsTheSystemsDismWithTheDocumentedArguments() throws WindowsCallException {
        answering(new DismEditionConverter.Outcome(true, 3010, "The operation completed successfully."))
                .convert("ServerDatacenter", KEY);
        assertThat(commands).containsExactly(List.of("C:\\Windows\\System32\\Dism.exe", "/Online", "/English",
                "/NoRestart", "/Set-Edition:ServerDatacenter", "/ProductKey:" + KEY.plainText(), "/AcceptEula"));
    }

    @Test
    void anEditionNameThatIsNotOneIsRefusedBeforeAnythingRuns() {
        for (String bad : new String[]{"", "Server Datacenter", "ServerDatacenter /Quiet", "../x", "1Server"}) {
            assertThatThrownBy(() -> answering(new DismEditionConverter.Outcome(true, 0, "")).convert(bad, KEY))
                    .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070057));
        }
        assertThat(commands).isEmpty();
    }

    @Test
    void theErrorLineWinsOverTheExitCode() {
        assertThatThrownBy(() -> answering(new DismEditionConverter.Outcome(true, 1, "\r\nError: 1168\r\n\r\n"
                + "Element not found.\r\n")).convert("ServerDatacenter", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070490))
                .hasMessageContaining("DISM /Set-Edition").hasMessageNotContaining("63DFG");
        assertThatThrownBy(() -> answering(new DismEditionConverter.Outcome(true, -1979711487,
                "Error: 0x8a010001\r\n")).convert("ServerDatacenter", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x8A010001));
    }

    @Test
    void withoutAnErrorLineTheExitCodeIsTheCode() {
        assertThat(DismEditionConverter.errorCode(50, "")).isEqualTo(new Hresult(0x80070032));
        assertThat(DismEditionConverter.errorCode(0x800F081F, "no line")).isEqualTo(new Hresult(0x800F081F));
        assertThat(DismEditionConverter.errorCode(0, "")).isEqualTo(new Hresult(0x80004005));
    }

    @Test
    void aDismStillRunningIsLeftRunningAndReportedAsTimeout() {
        assertThatThrownBy(() -> answering(new DismEditionConverter.Outcome(false, -1, "")).convert("ServerStandard",
                KEY)).satisfies(e -> assertThat(code(e)).isEqualTo(0x800705B4));
    }

    @Test
    void aDismThatCannotStartIsFileNotFound() {
        DismEditionConverter missing = new DismEditionConverter(Path.of("/nonexistent/Dism.exe"),
                DismEditionConverter::runProcess, Duration.ofMinutes(1));
        assertThatThrownBy(() -> missing.convert("ServerStandard", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070002)).hasMessageNotContaining("63DFG");
    }

    @Test
    void theProcessRunnerReadsExitCodeAndOutput(@TempDir Path dir) throws IOException, WindowsCallException {
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "uses a shell script as stand-in");
        Path fake = dir.resolve("dism");
        Files.writeString(fake, "#!/bin/sh\n"
                + "[ \"$4\" = \"/Set-Edition:ServerStandard\" ] || exit 7\n"
                + "echo 'Deployment Image Servicing and Management tool'\n"
                + "echo 'Error: 1168' >&2\n"
                + "exit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        DismEditionConverter converter = new DismEditionConverter(fake, DismEditionConverter::runProcess,
                Duration.ofMinutes(1));
        assertThatThrownBy(() -> converter.convert("ServerStandard", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070490));
        Files.writeString(fake, "#!/bin/sh\necho done\nexit 0\n");
        converter.convert("ServerStandard", KEY);
    }

    @Test
    void anyOutputGivesACodeAndNeverAnException() {
        Random random = new Random(3010L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder output = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                output.append("Error: 0x\r\n 9876543210abcdefABCDEF-:".charAt(random.nextInt(36)));
            }
            Hresult code = DismEditionConverter.errorCode(random.nextInt(), output.toString());
            assertThat(code.value()).as("output %s", output).isNotZero();
        }
    }
}
