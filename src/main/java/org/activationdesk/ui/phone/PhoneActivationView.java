package org.activationdesk.ui.phone;

import java.io.File;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Callback;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.ConfirmationIdEntry.BlockState;
import org.activationdesk.core.phone.PhoneRegion;
import org.activationdesk.ui.util.ToneStyles;

/**
 * Binds the phone activation screen to its view model. Builds the nine Installation ID groups and the eight
 * Confirmation ID blocks, moves focus where the model says, and nothing else.
 */
public final class PhoneActivationView {

    @FXML private Label phoneProduct;
    @FXML private ProgressIndicator phoneBusy;
    @FXML private Button phoneCancel;
    @FXML private HBox phoneSteps;
    @FXML private Label phoneNotice;
    @FXML private VBox regionStep;
    @FXML private ComboBox<PhoneRegion> regionChoice;
    @FXML private Label numbers;
    @FXML private Button readInstallationId;
    @FXML private VBox installationIdStep;
    @FXML private FlowPane groups;
    @FXML private Button previousGroup;
    @FXML private Button nextGroup;
    @FXML private Button saveSheet;
    @FXML private Button toConfirmationId;
    @FXML private VBox practiceLine;
    @FXML private Label linePrompt;
    @FXML private TextField lineInput;
    @FXML private FlowPane lineAnswer;
    @FXML private VBox confirmationIdStep;
    @FXML private FlowPane blocks;
    @FXML private Label blockProblem;
    @FXML private Button deposit;
    @FXML private VBox resultStep;
    @FXML private Label phoneResult;
    @FXML private Button fixConfirmationId;
    @FXML private Button startOver;

    /** The step being done now, in the step indicator. */
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private PhoneActivationViewModel model;
    private ObservableBooleanValue shown;
    private final TextField[] blockFields = new TextField[ConfirmationId.BLOCKS];
    /** Set while the view copies the model's blocks into the fields, so those copies are not taken as typing. */
    private boolean copyingBlocks;

    /**
     * @param shown whether this screen is on show: each step's default button takes Enter only then
     */
    public void bind(PhoneActivationViewModel viewModel, ObjectProperty<Messages> messages,
                     ObservableBooleanValue shown) {
        this.model = viewModel;
        this.shown = shown;
        phoneProduct.textProperty().bind(model.productProperty());
        phoneBusy.visibleProperty().bind(model.busyProperty());
        phoneCancel.visibleProperty().bind(model.busyProperty());
        phoneNotice.textProperty().bind(model.noticeProperty());
        phoneNotice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        phoneNotice.managedProperty().bind(phoneNotice.visibleProperty());
        phoneNotice.getStyleClass().add("notice");
        ToneStyles.follow(phoneNotice, model.noticeToneProperty());
        bindSteps(messages);
        bindRegion(messages);
        bindInstallationId();
        bindConfirmationId();
        phoneResult.textProperty().bind(model.resultProperty());
        ToneStyles.follow(phoneResult, model.resultToneProperty());
        fixConfirmationId.visibleProperty().bind(model.outcomeProperty().isEqualTo(PhoneOutcome.WRONG_CONFIRMATION_ID));
        fixConfirmationId.managedProperty().bind(fixConfirmationId.visibleProperty());
        startOver.visibleProperty().bind(model.outcomeProperty().isNotEqualTo(PhoneOutcome.ACTIVATED)
                .and(model.outcomeProperty().isNotNull()));
        startOver.managedProperty().bind(startOver.visibleProperty());
    }

    private void bindSteps(ObjectProperty<Messages> messages) {
        for (PhoneStep step : PhoneStep.values()) {
            Label label = new Label();
            label.setId("phone-step-" + step.name());
            label.getStyleClass().add("phone-step");
            label.textProperty().bind(Bindings.createStringBinding(
                    () -> (step.ordinal() + 1) + "  " + messages.get().of("phone.step", step), messages));
            label.pseudoClassStateChanged(CURRENT, model.stepProperty().get() == step);
            model.stepProperty().addListener((observable, before, now) -> label.pseudoClassStateChanged(CURRENT,
                    now == step));
            phoneSteps.getChildren().add(label);
        }
        Map.of(regionStep, PhoneStep.REGION, installationIdStep, PhoneStep.INSTALLATION_ID,
                confirmationIdStep, PhoneStep.CONFIRMATION_ID, resultStep, PhoneStep.RESULT).forEach((pane, step) -> {
                    pane.visibleProperty().bind(model.stepProperty().isEqualTo(step));
                    pane.managedProperty().bind(pane.visibleProperty());
                });
        model.stepProperty().addListener((observable, before, now) -> focusFor(now));
        // Arriving on the screen puts the keyboard where the current step begins, not on the navigation rail.
        shown.addListener((observable, before, now) -> {
            if (now) {
                Platform.runLater(() -> focusFor(model.stepProperty().get()));
            }
        });
    }

    /** Keyboard users land where the step begins. */
    private void focusFor(PhoneStep step) {
        switch (step) {
            case REGION -> regionChoice.requestFocus();
            case INSTALLATION_ID -> (model.practiceLineProperty().get() ? lineInput : nextGroup).requestFocus();
            case CONFIRMATION_ID -> {
                int first = firstOpenBlock();
                blockFields[first].requestFocus();
            }
            case RESULT -> (fixConfirmationId.isVisible() ? fixConfirmationId : startOver).requestFocus();
        }
    }

    private int firstOpenBlock() {
        for (int i = 0; i < ConfirmationId.BLOCKS; i++) {
            if (model.blockStates().get(i) != BlockState.COMPLETE) {
                return i;
            }
        }
        return ConfirmationId.BLOCKS - 1;
    }

    private void bindRegion(ObjectProperty<Messages> messages) {
        regionChoice.setItems(model.regions());
        regionChoice.valueProperty().bindBidirectional(model.regionProperty());
        Callback<javafx.scene.control.ListView<PhoneRegion>, ListCell<PhoneRegion>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(PhoneRegion item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.name().in(messages.get().language()));
            }
        };
        regionChoice.setCellFactory(cells);
        regionChoice.setButtonCell(cells.call(null));
        messages.addListener((observable, before, now) -> regionChoice.setButtonCell(cells.call(null)));
        numbers.textProperty().bind(model.numbersProperty());
        readInstallationId.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        // Enter means "go on" only on the step that is showing; a hidden default button would still take it.
        readInstallationId.defaultButtonProperty().bind(Bindings.and(shown, regionStep.visibleProperty()));
    }

    private void bindInstallationId() {
        Runnable fill = () -> {
            groups.getChildren().clear();
            for (int i = 0; i < model.groups().size(); i++) {
                Label number = new Label(String.valueOf(i + 1));
                number.getStyleClass().add("group-number");
                Label digits = new Label(model.groups().get(i));
                digits.setId("iid-group-" + (i + 1));
                digits.getStyleClass().add("group-digits");
                VBox group = new VBox(2, number, digits);
                group.getStyleClass().add("iid-group");
                int index = i;
                group.setOnMouseClicked(event -> {
                    model.currentGroupProperty().set(index);
                    groups.requestFocus(); // so the arrow keys move the highlight from here
                });
                groups.getChildren().add(group);
            }
            highlight();
        };
        model.groups().addListener((ListChangeListener<String>) change -> fill.run());
        model.currentGroupProperty().addListener((observable, before, now) -> highlight());
        fill.run();
        groups.setFocusTraversable(true);
        previousGroup.disableProperty().bind(model.currentGroupProperty().isEqualTo(0));
        nextGroup.disableProperty().bind(model.currentGroupProperty().greaterThanOrEqualTo(
                Bindings.size(model.groups()).subtract(1)));
        // Reading along: the arrow keys move the highlight wherever focus is, except inside a text field.
        installationIdStep.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() instanceof TextField) {
                return;
            }
            if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.DOWN) {
                model.nextGroup();
                event.consume();
            } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.UP) {
                model.previousGroup();
                event.consume();
            }
        });
        toConfirmationId.defaultButtonProperty().bind(Bindings.and(shown, installationIdStep.visibleProperty()));
        practiceLine.visibleProperty().bind(model.practiceLineProperty());
        practiceLine.managedProperty().bind(practiceLine.visibleProperty());
        linePrompt.textProperty().bind(model.linePromptProperty());
        lineInput.setOnAction(event -> {
            // Enter keys a group in; on an empty field it goes on to the next step. (A text field with its own action
            // never passes Enter to the default button, so it is fired here.)
            if (lineInput.getText().isBlank()) {
                toConfirmationId.fire();
            } else {
                keyIn();
            }
        });
        Runnable answer = () -> lineAnswer.getChildren().setAll(model.lineAnswer().stream().map(text -> {
            Label block = new Label(text);
            block.getStyleClass().addAll("mono", "line-answer-block");
            return block;
        }).toList());
        model.lineAnswer().addListener((ListChangeListener<String>) change -> answer.run());
    }

    private void highlight() {
        for (int i = 0; i < groups.getChildren().size(); i++) {
            Node group = groups.getChildren().get(i);
            group.getStyleClass().remove("current");
            if (i == model.currentGroupProperty().get()) {
                group.getStyleClass().add("current");
            }
        }
    }

    private void bindConfirmationId() {
        for (int i = 0; i < ConfirmationId.BLOCKS; i++) {
            int index = i;
            Label label = new Label(String.valueOf(ConfirmationId.label(i)));
            label.getStyleClass().add("group-number");
            TextField field = new TextField();
            field.setId("cid-block-" + ConfirmationId.label(i));
            field.setPrefColumnCount(6);
            field.getStyleClass().addAll("mono", "cid-block");
            label.setLabelFor(field);
            field.textProperty().addListener((observable, before, now) -> {
                if (!copyingBlocks) {
                    typed(index, now);
                }
            });
            blockFields[i] = field;
            VBox block = new VBox(2, label, field);
            block.getStyleClass().add("cid-block-box");
            blocks.getChildren().add(block);
        }
        model.blockStates().addListener((ListChangeListener<BlockState>) change -> styleBlocks());
        blockProblem.textProperty().bind(model.blockProblemProperty());
        blockProblem.visibleProperty().bind(model.blockProblemProperty().isNotEmpty());
        blockProblem.managedProperty().bind(blockProblem.visibleProperty());
        deposit.disableProperty().bind(model.depositReadyProperty().not().or(model.busyProperty()));
        deposit.defaultButtonProperty().bind(Bindings.and(shown, confirmationIdStep.visibleProperty()));
    }

    private void typed(int index, String text) {
        int next = model.enterBlock(index, text);
        copyingBlocks = true;
        try {
            for (int i = 0; i < blockFields.length; i++) {
                String value = model.blockProperty(i).get();
                if (!value.equals(blockFields[i].getText())) {
                    blockFields[i].setText(value);
                }
            }
        } finally {
            copyingBlocks = false;
        }
        if (next != index) {
            blockFields[next].requestFocus();
            blockFields[next].end();
        }
    }

    private void styleBlocks() {
        for (int i = 0; i < blockFields.length; i++) {
            BlockState state = model.blockStates().get(i);
            blockFields[i].getStyleClass().removeAll("block-complete", "block-wrong");
            if (state == BlockState.COMPLETE) {
                blockFields[i].getStyleClass().add("block-complete");
            } else if (state == BlockState.NOT_DIGITS || state == BlockState.TOO_LONG || state == BlockState.REJECTED) {
                blockFields[i].getStyleClass().add("block-wrong");
            }
        }
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void readInstallationId() {
        model.readInstallationId();
    }

    @FXML
    private void previousGroup() {
        model.previousGroup();
    }

    @FXML
    private void nextGroup() {
        model.nextGroup();
    }

    @FXML
    private void copyInstallationId() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.installationIdText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void saveSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("phone-activation.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File file = chooser.showSaveDialog(saveSheet.getScene().getWindow());
        if (file != null) {
            model.saveSheet(file.toPath());
        }
    }

    @FXML
    private void keyIn() {
        model.keyInToLine(lineInput.getText());
        lineInput.clear();
    }

    @FXML
    private void toConfirmationId() {
        model.toConfirmationId();
    }

    @FXML
    private void deposit() {
        model.deposit();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void startOver() {
        model.startOver();
    }
}
