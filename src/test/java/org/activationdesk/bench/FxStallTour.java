package org.activationdesk.bench;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.shell.MainWindow;
import org.activationdesk.ui.shell.Screen;
import org.activationdesk.ui.util.FxBackground;
import org.activationdesk.ui.util.FxStallMonitor;

/**
 * Benchmark, not a test: drives the real window through every scenario, both languages and each next step,
 * while {@link FxStallMonitor} records the longest time the JavaFX thread could not answer. Budget: 50 ms.
 * Run by {@code bench/fx-stall.sh}.
 */
public final class FxStallTour extends Application {

    static final long BUDGET_MS = 50;
    /** Microsoft's published KMS client key for Windows Server 2019 Datacenter, and the same with its last character mistyped. */
    private static final String PUBLISHED_KEY = "WMDGN-G9PQG-XVVXX-R3X43-63DFG";
    private static final String PUBLISHED_KEY_WITH_A_SLIP = "WMDGN-G9PQG-XVVXX-R3X43-63DFQ";

    /** Started from a class that is not an Application, as JavaFX on the class path requires. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(FxStallTour.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TestSession session = new TestSession("win10-pro-activated", Files.createTempDirectory("tour"),
                Duration.ofMillis(300));
        MainWindow window = new MainWindow(session, new FxBackground(), ErrorCatalog.load(), Clock.systemUTC(),
                Language.ENGLISH);
        stage.setScene(new Scene(window.root(), 1040, 780));
        stage.show();
        window.start();
        FxStallMonitor monitor = new FxStallMonitor();
        monitor.start();
        CompletableFuture.runAsync(() -> tour(window, session.scenarios(), monitor));
    }

    /** Runs on its own thread; every UI action is posted to the FX thread, as a user's click would be. */
    private static void tour(MainWindow window, List<PracticeScenario> scenarios, FxStallMonitor monitor) {
        List<String> lines = new ArrayList<>();
        long worst = 0;
        try {
            pause(1500); // let the first reading finish: start-up is measured by bench/first-frame.sh
            monitor.reset();
            for (PracticeScenario scenario : scenarios) {
                Step step = new Step(monitor);
                step.run("switch scenario", () -> window.shell().switchScenario(scenario.id(), window.overview()::refresh,
                        problem -> System.out.println("switch failed: " + problem)), 700);
                for (Language language : List.of(Language.JAPANESE, Language.ENGLISH)) {
                    step.run("language " + language, () -> window.shell().setLanguage(language), 150);
                }
                step.run("next step", () -> window.overview().runNextStep(), 700);
                // Every screen, with work on it.
                step.run("key screen", () -> window.show(Screen.PRODUCT_KEY), 150);
                step.run("key with a slip", () -> window.productKey().inputProperty().set(PUBLISHED_KEY_WITH_A_SLIP), 150);
                step.run("key", () -> window.productKey().inputProperty().set(PUBLISHED_KEY), 300);
                step.run("phone screen", () -> window.show(Screen.PHONE_ACTIVATION), 300);
                step.run("volume screen", () -> window.show(Screen.VOLUME_ACTIVATION), 300);
                step.run("rds screen", () -> window.show(Screen.RDS), 300);
                step.run("diagnostics screen", () -> window.show(Screen.DIAGNOSTICS), 150);
                step.run("error screen", () -> window.show(Screen.ERROR_CODES), 150);
                step.run("explain", () -> window.errorCodes().show("Error 0xC004FC07 while activating"), 150);
                step.run("overview", () -> window.show(Screen.OVERVIEW), 150);
                step.stallsOf(scenario.id());
                long stall = monitor.worstStallMillis();
                lines.add(String.format("%-32s worst stall %4d ms", scenario.id(), stall));
                worst = Math.max(worst, stall);
                monitor.reset();
            }
        } catch (Exception e) {
            lines.add("tour failed: " + e);
            worst = Long.MAX_VALUE;
        }
        lines.forEach(System.out::println);
        System.out.println("fx-worst-stall-ms " + worst + " (budget " + BUDGET_MS + ")");
        monitor.stop();
        Platform.exit();
    }

    /** One action of the tour and the pause after it; with -Dtour.verbose each prints the worst stall it caused. */
    private record Step(FxStallMonitor monitor) {

        void run(String name, Runnable action, long pauseMillis) throws Exception {
            long before = monitor.worstStallMillis();
            onFx(action);
            pause(pauseMillis);
            if (Boolean.getBoolean("tour.verbose")) {
                System.out.printf("  %-20s worst stall so far %4d ms (was %d)%n", name, monitor.worstStallMillis(), before);
            }
        }

        void stallsOf(String scenario) {
            if (Boolean.getBoolean("tour.verbose")) {
                System.out.println("  -- " + scenario);
            }
        }
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(10, TimeUnit.SECONDS);
    }

    private static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
