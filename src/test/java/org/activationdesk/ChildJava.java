package org.activationdesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a second JVM for tests that need a process of their own: the java that runs the tests (so
 * {@code java.exe} on Windows), the tests' class path, and a main class from it.
 */
public final class ChildJava {

    private ChildJava() {
    }

    /** {@code java [jvmOptions] -cp <test class path> mainClass args}. */
    public static List<String> command(List<String> jvmOptions, Class<?> mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        return command;
    }

    private static String executable() {
        String name = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", name).toString());
    }
}
