package org.activationdesk.ui.util;

import java.time.Instant;
import java.util.List;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.plan.ActivationPlan;
import org.activationdesk.core.plan.ActivationPlanner;
import org.activationdesk.core.plan.Intent;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Loads on a background thread what a screen's first use would otherwise load on the JavaFX thread. ControlsFX's
 * validation decorations take about half a second to load and initialise the first time; done here while the user
 * reads the first screen, the product-key screen opens without a stall.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void start() {
        Thread thread = new Thread(Warmup::run, "activation-desk-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Identifying and planning a key touches the key catalog, the edition rules, the planner and the jobs for the first
     * time; done here, typing the first valid key no longer stalls the JavaFX thread while they load.
     */
    private static void warmKeyPlanning() {
        GvlkCatalog catalog = GvlkCatalog.builtIn();
        ProductKey key = catalog.entries().get(0).key();
        KeyIdentifier identifier = KeyIdentifier.publishedKeysOnly();
        KeyIdentity identity = identifier.identify(key);
        MachineInfo machine = new MachineInfo("WARMUP", "Windows", "10.0", 19045, "Professional",
                DomainRole.STANDALONE_WORKSTATION, null, true);
        MachineSnapshot snapshot = new MachineSnapshot(machine, List.of(), Instant.EPOCH);
        ActivationPlan plan = new ActivationPlanner(identifier).plan(snapshot, Intent.useKey(key));
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            plan.verdictText(messages);
            plan.steps().forEach(step -> step.text(messages));
            plan.warnings().forEach(warning -> warning.text(messages));
            plan.blockers().forEach(blocker -> blocker.text(messages));
            messages.get("key.identity." + identity.source().name(), "");
        }
    }

    private static void run() {
        try {
            // Building a decoration loads its images and classes; no node of it is ever shown.
            new GraphicValidationDecoration();
            ValidationResult.fromErrorIf(null, "", false);
            Class.forName("org.controlsfx.validation.ValidationSupport");
            Class.forName("org.controlsfx.control.decoration.Decorator");
            Class.forName("javafx.scene.control.PasswordField");
            warmKeyPlanning();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Only an optimisation: the screen loads what it needs itself.
        }
    }
}
