package org.activationdesk.ui.util;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.activationdesk.core.i18n.Messages;

/** The few dialogs the shell needs, with text that wraps instead of being cut off. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * The question before a change, the same on every screen: when something stops the change, it says what (and asks
     * nothing); otherwise it asks as {@link #confirm} does.
     *
     * @param unmet    what stops the change, in words; empty when nothing does
     * @param tickText the sentence to tick (a KMS client key), or null
     * @return empty when the change must not run, else whether the box was ticked
     */
    public static Optional<Boolean> confirmChange(Window owner, Messages m, String title, String description,
                                                  List<String> unmet, String tickText, String okText) {
        if (!unmet.isEmpty()) {
            information(owner, title, description + "\n\n" + m.get("keyscreen.confirm.unmet") + "\n• "
                    + String.join("\n• ", unmet));
            return Optional.empty();
        }
        return confirm(owner, title, description, tickText, okText, m.get("keyscreen.confirm.cancel"));
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
