package org.activationdesk.app;

import java.util.Locale;
import org.activationdesk.cli.DeskCli;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;

/**
 * The one entry point. With a command it is the CLI and never starts JavaFX; with no arguments (or only
 * {@code --practice} / {@code --scenario}) it opens the window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        GuiMain.GuiOptions gui = guiOptions(args);
        if (gui == null) {
            System.exit(DeskCli.run(new CliMachines(), args));
            return;
        }
        String why = DisplayCheck.whyNoDisplay();
        if (why == null) {
            try {
                GuiMain.start(gui);
                return;
            } catch (UnsupportedOperationException | UnsatisfiedLinkError e) {
                why = e.getMessage();
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof UnsatisfiedLinkError)) {
                    throw e;
                }
                why = e.getCause().getMessage();
            }
        }
        // Read the texts only now: on the way to the window every millisecond before the first frame counts.
        Messages messages = Messages.of(Language.fromLocale(Locale.getDefault()));
        System.err.println(messages.get("launcher.noDisplay", why));
        System.exit(DeskCli.EXIT_ENVIRONMENT);
    }

    /** The window's options when the arguments ask for the window, or null when they are a CLI call. */
    static GuiMain.GuiOptions guiOptions(String[] args) {
        boolean practice = false;
        String scenario = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--practice")) {
                practice = true;
            } else if (args[i].equals("--scenario") && i + 1 < args.length) {
                scenario = args[++i];
            } else if (args[i].startsWith("--scenario=")) {
                scenario = args[i].substring("--scenario=".length());
            } else {
                return null;
            }
        }
        return new GuiMain.GuiOptions(practice, scenario);
    }
}
