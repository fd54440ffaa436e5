package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.PracticeScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code scenarios}: the built-in practice scenarios, for {@code --scenario NAME}. */
@Command(name = "scenarios", description = "List the built-in practice scenarios.")
final class ScenariosCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    record Entry(String id, String title, String summary) {
    }

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        List<PracticeScenario> scenarios;
        try {
            scenarios = root.machines.scenarios(m);
        } catch (Machines.BadInputException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return DeskCli.EXIT_BAD_INPUT;
        }
        List<Entry> entries = scenarios.stream()
                .map(s -> new Entry(s.id(), s.title().in(m.language()), s.summary().in(m.language()))).toList();
        if (root.options.json) {
            out.println(Json.write(entries));
        } else {
            out.println(m.get("cli.scenarios.heading"));
            for (Entry entry : entries) {
                out.println();
                out.println("  " + entry.id());
                out.println("    " + entry.title());
                out.println("    " + entry.summary());
            }
        }
        out.flush();
        return DeskCli.EXIT_OK;
    }
}
