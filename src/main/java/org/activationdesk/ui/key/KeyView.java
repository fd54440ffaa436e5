package org.activationdesk.ui.key;

import static org.activationdesk.ui.util.Nodes.lines;
import static org.activationdesk.ui.util.Nodes.styled;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.util.Dialogs;
import org.activationdesk.ui.util.ToneStyles;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the product-key screen. The key is masked in the field unless the user reveals it; ControlsFX decorates the
 * field while it holds a mistake, and the mistakes are spelled out under it.
 */
public final class KeyView {

    @FXML private PasswordField hiddenKey;
    @FXML private TextField shownKey;
    @FXML private ToggleButton reveal;
    @FXML private Label keyStatus;
    @FXML private VBox problems;
    @FXML private VBox suggestionBox;
    @FXML private VBox suggestions;
    @FXML private VBox notes;
    @FXML private VBox identityCard;
    @FXML private Label identity;
    @FXML private Label keyEdition;
    @FXML private Label keyChannel;
    @FXML private Label format;
    @FXML private Label checksum;
    @FXML private VBox planCard;
    @FXML private Label verdict;
    @FXML private VBox steps;
    @FXML private Label jobNotice;
    @FXML private VBox blockers;
    @FXML private VBox warnings;

    public void bind(KeyViewModel model, ObservableValue<Messages> messages) {
        // One text, two faces: the password field hides it, the text field shows it; only one is visible.
        hiddenKey.textProperty().bindBidirectional(model.inputProperty());
        shownKey.textProperty().bindBidirectional(model.inputProperty());
        shownKey.visibleProperty().bind(reveal.selectedProperty());
        shownKey.managedProperty().bind(shownKey.visibleProperty());
        hiddenKey.visibleProperty().bind(reveal.selectedProperty().not());
        hiddenKey.managedProperty().bind(hiddenKey.visibleProperty());
        reveal.graphicProperty().bind(Bindings.createObjectBinding(() ->
                new FontIcon(reveal.isSelected() ? "mdi2e-eye-off-outline" : "mdi2e-eye-outline"), reveal.selectedProperty()));

        keyStatus.textProperty().bind(model.statusProperty());
        ToneStyles.follow(keyStatus, model.statusToneProperty());
        decorate(model, hiddenKey);
        decorate(model, shownKey);

        lines(problems, model.problems(), text -> styled(new Label(text), "tone-problem"));
        lines(notes, model.notes(), text -> styled(new Label(text), "muted"));
        lines(suggestions, model.suggestions(), row -> suggestion(model, row, messages));
        suggestionBox.visibleProperty().bind(Bindings.isNotEmpty(model.suggestions()));
        suggestionBox.managedProperty().bind(suggestionBox.visibleProperty());

        identityCard.visibleProperty().bind(model.identifiedProperty());
        identityCard.managedProperty().bind(identityCard.visibleProperty());
        identity.textProperty().bind(model.identityProperty());
        keyEdition.textProperty().bind(model.editionProperty());
        keyChannel.textProperty().bind(model.channelProperty());
        format.textProperty().bind(model.formatProperty());
        checksum.textProperty().bind(model.checksumProperty());

        planCard.visibleProperty().bind(model.plannedProperty());
        planCard.managedProperty().bind(planCard.visibleProperty());
        verdict.textProperty().bind(model.verdictProperty());
        ToneStyles.follow(verdict, model.verdictToneProperty());
        lines(steps, model.steps(), row -> step(model, row, messages));
        jobNotice.textProperty().bind(model.jobNoticeProperty());
        jobNotice.visibleProperty().bind(model.jobNoticeProperty().isNotEmpty());
        jobNotice.managedProperty().bind(jobNotice.visibleProperty());
        ToneStyles.follow(jobNotice, model.jobNoticeToneProperty());
        lines(blockers, model.blockers(), text -> styled(new Label(text), "tone-problem"));
        lines(warnings, model.warnings(), text -> styled(new Label(text), "tone-warning"));
    }

    /** A plan step: its sentence, and a button when Activation Desk can do it; nothing runs without a confirmation. */
    private static Node step(KeyViewModel model, KeyViewModel.StepRow row, ObservableValue<Messages> messages) {
        Label text = styled(new Label(row.text()), "plan-step");
        HBox line = new HBox(12, text);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        if (row.action() != null) {
            Button run = new Button(row.action());
            run.setId("run-step-" + (row.index() + 1));
            run.setMinWidth(Region.USE_PREF_SIZE);
            run.disableProperty().bind(model.jobRunningProperty());
            run.setOnAction(event -> model.propose(row.index()).ifPresent(proposal -> {
                Messages m = messages.getValue();
                Dialogs.confirmChange(run.getScene().getWindow(), m, m.get("keyscreen.confirm.title"),
                        proposal.description(), proposal.unmet(),
                        proposal.needsGvlkConfirmation() ? m.get("keyscreen.confirm.gvlk") : null, row.action())
                        .ifPresent(ticked -> model.run(row.index(), ticked));
            }));
            line.getChildren().add(run);
        }
        return line;
    }

    /** ControlsFX marks the field while the view model reports a mistake (the texts themselves are under it). */
    private static void decorate(KeyViewModel model, TextField field) {
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(field, false, (control, value) ->
                ValidationResult.fromMessageIf(control, String.join("\n", model.problems()), Severity.ERROR,
                        !model.problems().isEmpty()));
        model.problems().addListener((ListChangeListener<String>) change -> validation.revalidate());
    }

    private static Node suggestion(KeyViewModel model, KeyViewModel.SuggestionRow row, ObservableValue<Messages> messages) {
        Button use = new Button();
        use.textProperty().bind(Bindings.createStringBinding(() -> messages.getValue().get("keyscreen.suggestion.use",
                row.suggestion().to()), messages));
        use.setId("use-" + row.suggestion().position() + "-" + row.suggestion().to());
        use.setOnAction(event -> model.apply(row));
        Label text = new Label(row.text());
        text.setWrapText(true);
        HBox line = new HBox(12, use, text);
        line.getStyleClass().add("suggestion");
        return line;
    }
}
