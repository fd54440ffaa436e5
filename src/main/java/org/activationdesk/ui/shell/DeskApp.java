package org.activationdesk.ui.shell;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.ui.util.FxBackground;

/** The JavaFX application. Started by the launcher, which hands over how to open the session. */
public final class DeskApp extends Application {

    /** Exits right after the first frame, printing how long start-up took (for the start-up benchmark). */
    public static final String EXIT_AFTER_FIRST_FRAME = "activationdesk.exitAfterFirstFrame";

    private static Supplier<Session> sessionFactory;
    private static long launchNanos;

    private final FxBackground background = new FxBackground();

    public static void launch(Supplier<Session> factory, long startNanos, String[] args) {
        sessionFactory = factory;
        launchNanos = startNanos;
        Application.launch(DeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Language language = Language.fromLocale(Locale.getDefault());
        MainWindow window = new MainWindow(sessionFactory.get(), background, ErrorCatalog.load(),
                Clock.systemDefaultZone(), language);
        stage.setScene(new Scene(window.root(), 1040, 780));
        stage.titleProperty().bind(window.shell().messagesProperty().map(m -> m.get("app.title")));
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            stage.setOnShown(event -> Platform.runLater(() -> {
                System.out.println("first-frame-ms " + (System.nanoTime() - launchNanos) / 1_000_000);
                Platform.exit();
            }));
        }
        stage.show();
        window.start();
    }

    @Override
    public void stop() {
        background.shutdown();
    }
}
