package org.activationdesk.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activationdesk.ChildJava;
import org.activationdesk.cli.DeskCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real entry point in a child JVM: with arguments it is the CLI and must not load a single
 * JavaFX class; with no arguments and no display it says so in one line and exits 3.
 */
class CliStartsNoJavaFxTest {

    private static final long TIMEOUT_SECONDS = 60;
    /** {@code [0.031s][info][class,load] java.lang.Object source: shared objects file} */
    private static final Pattern CLASS_LOAD = Pattern.compile("\\[class,load\\]\\s+(\\S+)");
    private static final List<String> JAVAFX_PREFIXES = List.of("javafx.", "com.sun.javafx", "com.sun.glass");

    @TempDir
    Path temp;

    record Child(int code, String out, String err) {
    }

    /** Starts {@code java [jvmOptions] -cp <test class path> Launcher args}, output into files, with a time limit. */
    private Child launch(List<String> jvmOptions, List<String> args, boolean withoutDisplay)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(temp.resolve("home"));
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-D" + AppPaths.HOME_PROPERTY + "=" + home);
        options.add("-Duser.language=en");
        List<String> command = ChildJava.command(options, Launcher.class, args);

        Path out = temp.resolve("stdout-" + System.nanoTime() + ".txt");
        Path err = temp.resolve("stderr-" + System.nanoTime() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        // These make the java launcher itself write to stderr ("Picked up ..."), which is not the app's output.
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        if (withoutDisplay) {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("the launcher did not exit within " + TIMEOUT_SECONDS + " s: " + command);
            }
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        return new Child(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
    }

    private static List<String> loadedClasses(String verboseOutput) {
        List<String> classes = new ArrayList<>();
        Matcher matcher = CLASS_LOAD.matcher(verboseOutput);
        while (matcher.find()) {
            classes.add(matcher.group(1));
        }
        return classes;
    }

    private static List<String> javaFxClasses(List<String> classes) {
        return classes.stream().filter(name -> JAVAFX_PREFIXES.stream().anyMatch(name::startsWith)).toList();
    }

    @Test
    void statusCommandRunsWithoutLoadingJavaFx() throws Exception {
        Child child = launch(List.of("-verbose:class"),
                List.of("status", "--json", "--scenario", "server2019-eval-expired"), false);

        assertThat(child.code()).as("exit code; stderr:%n%s", child.err()).isEqualTo(DeskCli.EXIT_FINDING);

        List<String> classes = loadedClasses(child.out());
        assertThat(classes).as("-verbose:class output was seen").contains(Launcher.class.getName());
        assertThat(javaFxClasses(classes)).as("JavaFX classes loaded by the CLI").isEmpty();

        // Everything on stdout that is not class-loading log is the command's JSON.
        String json = child.out().lines().filter(line -> !CLASS_LOAD.matcher(line).find())
                .reduce("", (a, b) -> a + b + "\n");
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.path("mode").asText()).isEqualTo("practice");
        assertThat(root.path("products").get(0).path("reason").asText()).isEqualTo("0xC004FC07");
        assertThat(root.path("nextStep").path("step").asText()).isEqualTo("CONVERT_EVALUATION");
    }

    @Test
    @DisabledOnOs(value = {OS.WINDOWS, OS.MAC},
            disabledReason = "only where DISPLAY / WAYLAND_DISPLAY decide whether a window can open")
    void windowWithoutDisplayFailsWithOneLineAndExit3() throws Exception {
        Child child = launch(List.of("-verbose:class"), List.of(), true);

        assertThat(child.code()).as("exit code; stderr:%n%s", child.err()).isEqualTo(DeskCli.EXIT_ENVIRONMENT);
        List<String> errLines = child.err().lines().filter(line -> !line.isBlank()).toList();
        assertThat(errLines).as("stderr").hasSize(1);
        assertThat(errLines.get(0)).containsIgnoringCase("display");
        // The check happens before JavaFX is touched.
        assertThat(javaFxClasses(loadedClasses(child.out()))).as("JavaFX classes loaded").isEmpty();
    }
}
