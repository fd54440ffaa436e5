package org.activationdesk.ui.errors;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the error-code screen to its view model. */
public final class ErrorCodeView {

    @FXML private TextField input;
    @FXML private Label problem;
    @FXML private VBox result;
    @FXML private Label code;
    @FXML private Label symbol;
    @FXML private Label title;
    @FXML private Label cause;
    @FXML private Label fix;
    @FXML private Label source;
    @FXML private Label parts;

    public void bind(ErrorCodeViewModel model) {
        input.textProperty().bindBidirectional(model.inputProperty());
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        result.visibleProperty().bind(model.decodedProperty());
        result.managedProperty().bind(result.visibleProperty());
        code.textProperty().bind(model.codeProperty());
        symbol.textProperty().bind(model.symbolProperty());
        title.textProperty().bind(model.titleProperty());
        cause.textProperty().bind(model.causeProperty());
        fix.textProperty().bind(model.fixProperty());
        source.textProperty().bind(model.sourceProperty());
        parts.textProperty().bind(model.partsProperty());
    }
}
