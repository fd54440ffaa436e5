import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up budget: a bare JavaFX window of the same size as Activation Desk's, which
 * prints the milliseconds from JVM start to its first frame (the clock Activation Desk uses too) and exits.
 */
public class Hello extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1040, 780));
        stage.setOnShown(event -> Platform.runLater(() -> {
            System.out.println("first-frame-ms "
                    + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            Platform.exit();
        }));
        stage.show();
    }
}
