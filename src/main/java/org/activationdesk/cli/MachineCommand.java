package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.activationdesk.core.i18n.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that reads a machine: this one, or the practice machine of --scenario. Opens it the same way for every
 * such command; a scenario that cannot be loaded is bad input (exit 2), said once on stderr by {@link DeskCli#open}.
 */
abstract class MachineCommand implements Callable<Integer> {

    @ParentCommand
    protected DeskCli root;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Machines.Opened> machine = root.open(err, m);
        if (machine.isEmpty()) {
            return DeskCli.EXIT_BAD_INPUT;
        }
        return run(machine.get(), m, out, err);
    }

    /** The command's own work on the opened machine; returns its exit code. */
    protected abstract int run(Machines.Opened opened, Messages m, PrintWriter out, PrintWriter err);
}
