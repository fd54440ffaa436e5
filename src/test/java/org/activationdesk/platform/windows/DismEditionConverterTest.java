package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activationdesk.ChildJava;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.ProductKey;
import org.junit.jupiter.api.Test;

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

    /**
     * The stand-in for Dism.exe in {@link #theProcessRunnerReadsExitCodeAndOutput}, a Java program so that it runs on
     * every system: {@code DismEditionConverterTest failing|succeeding <DISM's arguments>}. It checks that the arguments arrived as
     * DISM gets them, then answers as DISM does, the error line on stderr.
     */
    public static void main(String[] args) {
        if (args.length != 7 || !args[4].equals("/Set-Edition:ServerStandard")) {
            System.exit(7);
        }
        System.out.println("Deployment Image Servicing and Management tool");
        if (args[0].equals("failing")) {
            System.err.println("Error: 1168");
            System.exit(1);
        }
        System.out.println("done");
    }

    /** Runs the stand-in through the real process runner, in place of the command's Dism.exe. */
    private static DismEditionConverter standIn(String mode) {
        Path dism = Path.of("C:\\Windows\\System32\\Dism.exe");
        return new DismEditionConverter(dism, (command, timeout) -> {
            assertThat(command.get(0)).isEqualTo(dism.toString());
            List<String> args = new ArrayList<>(List.of(mode));
            args.addAll(command.subList(1, command.size()));
            return DismEditionConverter.runProcess(
                    ChildJava.command(List.of(), DismEditionConverterTest.class, args), timeout);
        }, Duration.ofMinutes(1));
    }

    @Test
    void theProcessRunnerReadsExitCodeAndOutput() throws WindowsCallException {
        assertThatThrownBy(() -> standIn("failing").convert("ServerStandard", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070490));
        assertThatThrownBy(() -> standIn("succeeding").convert("ServerDatacenter", KEY))
                .as("the stand-in's own exit code for arguments it did not expect")
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070007));
        standIn("succeeding").convert("ServerStandard", KEY);
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
