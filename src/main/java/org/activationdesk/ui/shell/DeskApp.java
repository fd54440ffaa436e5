package org.activationdesk.ui.shell;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.util.FxBackground;

/**
 * The JavaFX application. The launcher opens the session on another thread while the toolkit starts; the
 * window shows at once with a one-line "reading" page and gets its screens when the session is ready.
 */
public final class DeskApp extends Application {

    /** Exits right after the first frame (for the start-up benchmark). */
    public static final String EXIT_AFTER_FIRST_FRAME = "activationdesk.exitAfterFirstFrame";
    /** Exits once the screens are built and the first reading is shown (for the benchmark's second number). */
    public static final String EXIT_WHEN_READY = "activationdesk.exitWhenReady";

    private static Supplier<Session> sessionFactory;

    private final FxBackground background = new FxBackground();
    private MainWindow window;

    /** @param session opens the session; called on a background thread once the first frame is shown */
    public static void launch(Supplier<Session> session, String[] args) {
        sessionFactory = session;
        Application.launch(DeskApp.class, args);
    }

    /** Milliseconds since the JVM started: the same clock bench/Hello.java uses, so the two compare. */
    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.of(Language.fromLocale(Locale.getDefault()));
        Label reading = new Label(messages.get("app.starting"));
        stage.setTitle(messages.get("app.title"));
        stage.setScene(new Scene(new StackPane(reading), 1040, 780));
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("first-frame-ms " + sinceJvmStart());
                Platform.exit();
            }));
        } else {
            // Scenario files and the error catalog are read once the window is up: on two cores, reading them
            // while JavaFX starts delays the first frame.
            stage.setOnShown(event -> openSession(stage, reading, messages));
        }
        stage.show();
    }

    private void openSession(Stage stage, Label reading, Messages messages) {
        CompletableFuture<ErrorCatalog> catalog = CompletableFuture.supplyAsync(ErrorCatalog::load);
        CompletableFuture.supplyAsync(sessionFactory).thenCombine(catalog, (session, errors) -> {
            Platform.runLater(() -> showScreens(stage, session, errors, messages.language()));
            return session;
        }).exceptionally(failure -> {
            Platform.runLater(() -> reading.setText(messages.get("app.startFailed", failure.getCause() == null
                    ? failure.getMessage() : failure.getCause().getMessage())));
            return null;
        });
    }

    private void showScreens(Stage stage, Session session, ErrorCatalog catalog, Language language) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(session, background, catalog, Clock.systemDefaultZone(), language);
        stage.getScene().setRoot(window.root());
        stage.titleProperty().bind(window.shell().messagesProperty().map(m -> m.get("app.title")));
        window.start();
        if (Boolean.getBoolean(EXIT_WHEN_READY)) {
            window.overview().computerProperty().addListener((observable, before, now) -> Platform.runLater(() -> {
                System.out.println("ready-ms " + sinceJvmStart());
                Platform.exit();
            }));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        background.shutdown();
    }
}
