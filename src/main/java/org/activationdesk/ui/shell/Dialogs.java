package org.activationdesk.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The few dialogs the shell needs, with text that wraps instead of being cut off. */
public final class Dialogs {

    private Dialogs() {
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
