package org.activationdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.HresultParser;
import org.activationdesk.core.errors.ParsedCode;
import org.activationdesk.core.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code explain CODE}: what an activation error code means and what to do. Exit 0 for a code in the catalog,
 * 1 for a well-formed code the catalog lacks (explained by its parts), 2 for text that holds no code.
 */
@Command(name = "explain", description = "Explain an error code: 0xC004FC07, C004FC07, -1073415161, 3221552135, "
        + "or a whole pasted error message (the first code in it is used).")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    private DeskCli root;

    @Spec
    private CommandSpec spec;

    /** Several words are joined, so a pasted message works without quotes. */
    @Parameters(arity = "1..*", paramLabel = "CODE", description = "The code, or text that contains it.")
    private List<String> words;

    @Override
    public Integer call() {
        Messages m = root.options.messages();
        PrintWriter out = spec.commandLine().getOut();
        String input = String.join(" ", words);
        ParsedCode parsed = HresultParser.parse(input);
        if (parsed instanceof ParsedCode.NotACode notACode) {
            spec.commandLine().getErr().println(ErrorExplainer.describe(notACode, m));
            return DeskCli.EXIT_BAD_INPUT;
        }
        CodeExplanation explanation = new ErrorExplainer(ErrorCatalog.load(), root.machines.systemMessages())
                .explain(((ParsedCode.Found) parsed).code(), m);
        if (root.options.json) {
            out.println(Json.write(ExplainReport.of(input, explanation)));
        } else {
            printText(explanation, m, out);
        }
        out.flush();
        return explanation.known() ? DeskCli.EXIT_OK : DeskCli.EXIT_FINDING;
    }

    private static void printText(CodeExplanation e, Messages m, PrintWriter out) {
        line(out, m.get("cli.explain.code"), e.code().toString());
        line(out, m.get("cli.explain.symbol"), e.symbol() == null ? m.get("cli.explain.symbol.none") : e.symbol());
        line(out, m.get("cli.explain.title"), e.title());
        line(out, m.get("cli.explain.cause"), e.cause());
        line(out, m.get("cli.explain.fix"), e.fix());
        out.println("  " + m.get(e.fixFromMicrosoft() ? "cli.explain.fixSource.MS" : "cli.explain.fixSource.ours"));
        if (e.known()) { // for an unknown code the cause already is the decoding
            line(out, m.get("cli.explain.parts"), ErrorExplainer.describeParts(e.parts(), m));
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(label + ": " + value);
    }
}
