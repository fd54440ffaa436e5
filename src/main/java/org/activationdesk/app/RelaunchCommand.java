package org.activationdesk.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How to start this same Activation Desk again, for "restart as administrator". Only two ways of starting are known
 * well enough to repeat: the packaged launcher (its own executable, no arguments needed) and {@code java -jar} with
 * the application's jar (then {@code javaw.exe}, so no console window opens). Anything else (an IDE, Maven) gives
 * none, and the screens then only say to restart with "Run as administrator".
 *
 * @param program    the executable
 * @param parameters the rest of the command line, quoted for Windows
 */
record RelaunchCommand(Path program, String parameters) {

    /** The command for this process, if it can be repeated. */
    static Optional<RelaunchCommand> forThisProcess() {
        Optional<String> command = ProcessHandle.current().info().command();
        Path codeSource;
        try {
            codeSource = Path.of(RelaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException unknown) {
            return Optional.empty();
        }
        return command.flatMap(program -> of(Path.of(program), codeSource));
    }

    /**
     * @param program    the executable this process runs in
     * @param codeSource where the application's classes were loaded from
     */
    static Optional<RelaunchCommand> of(Path program, Path codeSource) {
        String name = program.getFileName() == null ? "" : program.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.equals("java.exe") && !name.equals("javaw.exe")) {
            return Optional.of(new RelaunchCommand(program, "")); // the packaged launcher starts the app by itself
        }
        String jar = codeSource.toString();
        if (!jar.toLowerCase(Locale.ROOT).endsWith(".jar") || jar.indexOf('"') >= 0) {
            return Optional.empty(); // classes in a folder: started by a tool whose command line is not known here
        }
        Path windowless = program.resolveSibling("javaw.exe");
        return Optional.of(new RelaunchCommand(Files.isRegularFile(windowless) ? windowless : program,
                "-jar \"" + jar + "\""));
    }
}
