package org.activationdesk.ui.util;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.activationdesk.core.i18n.Messages;

/**
 * Lets a view loaded once from FXML follow the language at run time. The FXML keeps its ordinary
 * {@code %key} texts; they are loaded through a bundle that answers with a marked key, and every marked text is
 * then bound to the current {@link Messages}. Switching language changes texts only: no view is rebuilt, so the
 * JavaFX thread never stalls on a reload.
 */
public final class LiveTexts {

    private static final String MARKER = "\u0000i18n:";

    private LiveTexts() {
    }

    /** The bundle to give {@link javafx.fxml.FXMLLoader}: every key resolves to a marker bound later. */
    public static ResourceBundle keyBundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return MARKER + key;
            }

            @Override
            public boolean containsKey(String key) {
                return true; // FXMLLoader asks before it reads; a key missing from the real bundles fails the localization test
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.emptyEnumeration();
            }
        };
    }

    /** Binds every marked text under {@code root} to the current language. */
    public static void bind(Node root, ObservableValue<Messages> messages) {
        if (root instanceof Labeled labeled) {
            bind(labeled.textProperty(), messages);
            bindTooltip(labeled.getTooltip(), messages);
            if (labeled.getGraphic() != null) {
                bind(labeled.getGraphic(), messages);
            }
        }
        if (root instanceof TextInputControl input) {
            bind(input.promptTextProperty(), messages);
        }
        if (root instanceof TableView<?> table) {
            // Columns and the placeholder are no children of the table until its skin exists.
            table.getColumns().forEach(column -> bind(column.textProperty(), messages));
            if (table.getPlaceholder() != null) {
                bind(table.getPlaceholder(), messages);
            }
        }
        if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
            bind(scroll.getContent(), messages); // the content is no child until the skin exists
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                bind(child, messages);
            }
        }
    }

    private static void bindTooltip(Tooltip tooltip, ObservableValue<Messages> messages) {
        if (tooltip != null) {
            bind(tooltip.textProperty(), messages);
        }
    }

    private static void bind(StringProperty text, ObservableValue<Messages> messages) {
        String value = text.get();
        if (value != null && value.startsWith(MARKER) && !text.isBound()) {
            String key = value.substring(MARKER.length());
            text.bind(Bindings.createStringBinding(() -> messages.getValue().get(key), messages));
        }
    }
}
