import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The baseline of the start-up budget: a bare JavaFX window that exits once its first frame is shown. */
public class Hello extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 320, 200));
        stage.setOnShown(event -> Platform.runLater(Platform::exit));
        stage.show();
    }
}
