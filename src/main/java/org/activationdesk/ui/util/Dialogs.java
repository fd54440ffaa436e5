package org.activationdesk.ui.util;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The few dialogs the shell needs, with text that wraps instead of being cut off. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Asks before a change: says what will change and, when given, asks for an explicit tick (for a KMS client key)
     * without which OK stays disabled.
     *
     * @param tickText the sentence to tick, or null when no tick is needed
     * @return empty when the user cancelled, else whether the box was ticked
     */
    public static Optional<Boolean> confirm(Window owner, String title, String text, String tickText, String okText,
                                            String cancelText) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ok, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(560);
        VBox content = new VBox(12, body);
        CheckBox tick = new CheckBox(tickText);
        tick.setId("confirmTick");
        tick.setWrapText(true);
        tick.setMaxWidth(560);
        if (tickText != null) {
            content.getChildren().add(tick);
            alert.getDialogPane().lookupButton(ok).disableProperty().bind(tick.selectedProperty().not());
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().lookupButton(ok).setId("confirmOk");
        return alert.showAndWait().filter(answer -> answer == ok).map(answer -> tick.isSelected());
    }

    public static void information(Window owner, String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(560);
        alert.getDialogPane().setContent(body);
        alert.show();
    }
}
