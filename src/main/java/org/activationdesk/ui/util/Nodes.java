package org.activationdesk.ui.util;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** Small binding helpers the screens share: a box that mirrors a list, a wrapping label with a style. */
public final class Nodes {

    private Nodes() {
    }

    /** Fills the box with one node per item, again whenever the list changes; the box takes no room while empty. */
    public static <T> void lines(Pane box, ObservableList<T> items, Function<T, Node> render) {
        Runnable fill = () -> box.getChildren().setAll(items.stream().map(render).toList());
        fill.run();
        items.addListener((ListChangeListener<T>) change -> fill.run());
        box.visibleProperty().bind(Bindings.isNotEmpty(items));
        box.managedProperty().bind(box.visibleProperty());
    }

    /** The label, wrapping, with the style class added. */
    public static Label styled(Label label, String style) {
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
