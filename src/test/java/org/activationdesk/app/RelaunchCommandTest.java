package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which ways of starting Activation Desk can be repeated for "restart as administrator", and how. */
class RelaunchCommandTest {

    @TempDir
    Path jdk;

    @Test
    void thePackagedLauncherStartsAgainWithoutArguments() {
        Path launcher = Path.of("C:\\Program Files\\Activation Desk\\Activation Desk.exe");

        assertThat(RelaunchCommand.of(launcher, Path.of("C:\\Program Files\\Activation Desk\\app\\desk.jar")))
                .contains(new RelaunchCommand(launcher, ""));
    }

    @Test
    void javaDashJarStartsAgainWindowlessWithTheJarQuoted() throws IOException {
        Path java = Files.createFile(jdk.resolve("java.exe"));
        Path javaw = Files.createFile(jdk.resolve("javaw.exe"));
        Path jar = Path.of("C:\\Tools\\Activation Desk\\activation-desk.jar");

        assertThat(RelaunchCommand.of(java, jar)).contains(new RelaunchCommand(javaw, "-jar \"" + jar + "\""));
        assertThat(RelaunchCommand.of(javaw, jar)).contains(new RelaunchCommand(javaw, "-jar \"" + jar + "\""));
    }

    @Test
    void withoutJavawTheSameJavaIsUsed() throws IOException {
        Path java = Files.createFile(jdk.resolve("JAVA.EXE"));

        assertThat(RelaunchCommand.of(java, Path.of("D:\\desk.jar"))).map(RelaunchCommand::program).contains(java);
    }

    @Test
    void classesFromAFolderOrAPathThatCannotBeQuotedAreNotRepeated() throws IOException {
        Path java = Files.createFile(jdk.resolve("java.exe"));

        assertThat(RelaunchCommand.of(java, Path.of("C:\\work\\target\\classes"))).isEmpty();
        assertThat(RelaunchCommand.of(java, Path.of("C:\\odd\"name\\desk.jar"))).isEmpty();
    }
}
