package org.activationdesk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The command-line interface beside the window: the same core, no JavaFX. Exit codes are the contract
 * scripts rely on.
 */
@Command(name = "activation-desk", mixinStandardHelpOptions = true, version = "Activation Desk 0.1",
        description = "Activate Windows, Windows Server and RDS license servers, and understand why activation failed.",
        subcommands = {StatusCommand.class, ScenariosCommand.class, ExplainCommand.class, CheckKeyCommand.class,
                PlanCommand.class, DiagnoseCommand.class, ReportCommand.class, KmsDiscoverCommand.class,
                KmsProbeCommand.class, RdsStatusCommand.class})
public final class DeskCli implements Runnable {

    /** All is well. */
    public static final int EXIT_OK = 0;
    /** The command ran and found something to act on (not activated, invalid key...). */
    public static final int EXIT_FINDING = 1;
    /** The command line or its input is wrong; stderr says what. */
    public static final int EXIT_BAD_INPUT = 2;
    /** The environment failed: the licensing service, the network, a file that cannot be written. */
    public static final int EXIT_ENVIRONMENT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Machines machines;

    @CommandLine.Mixin
    GlobalOptions options;

    DeskCli(Machines machines) {
        this.machines = machines;
    }

    /**
     * Opens the machine for a command, or says on stderr why it cannot (a scenario that does not load) and
     * gives nothing; the command then exits with {@link #EXIT_BAD_INPUT}.
     */
    Optional<Machines.Opened> open(PrintWriter err, Messages m) {
        try {
            return Optional.of(machines.open(options.practice, options.scenario, m));
        } catch (Machines.BadInputException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The network for a KMS command: the real one, or the scenario's when practice was asked for; on a scenario that
     * does not load, says why on stderr and gives nothing (exit {@link #EXIT_BAD_INPUT}).
     */
    Optional<Machines.NetworkAccess> openNetwork(PrintWriter err, Messages m) {
        try {
            return Optional.of(machines.network(options.practice, options.scenario, m));
        } catch (Machines.BadInputException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required: status, scenarios, explain, check-key, plan, diagnose, report, kms-discover,"
                        + " kms-probe, rds-status");
    }

    /** Runs one command on the console, always in UTF-8 (Japanese output must survive any code page). */
    public static int run(Machines machines, String... args) {
        return run(machines, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** Runs one command with the given streams; used by the launcher and by tests. */
    public static int run(Machines machines, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DeskCli(machines));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            Messages messages = Messages.of(Language.fromLocale(Locale.getDefault()));
            cmd.getErr().println(messages.get("cli.error.unexpected", exception.getClass().getSimpleName()));
            return EXIT_ENVIRONMENT;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println(exception.getMessage());
            cmd.getErr().println(cmd.getColorScheme().text("Try '@|bold " + cmd.getCommandSpec().qualifiedName()
                    + " --help|@' for more information."));
            return EXIT_BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
