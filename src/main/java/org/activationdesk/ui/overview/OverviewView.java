package org.activationdesk.ui.overview;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.ui.util.Dialogs;
import org.activationdesk.ui.util.ToneStyles;

/** Binds the overview's controls to its view model. No logic: everything it shows comes from the model. */
public final class OverviewView {

    @FXML private Label computer;
    @FXML private Label system;
    @FXML private Label readAt;
    @FXML private ProgressIndicator busy;
    @FXML private Button refresh;
    @FXML private Label product;
    @FXML private Label edition;
    @FXML private Label role;
    @FXML private Label channel;
    @FXML private Label productKey;
    @FXML private Label status;
    @FXML private Label timeLeft;
    @FXML private Hyperlink reasonCode;
    @FXML private Label reasonText;
    @FXML private Label lastAttemptLabel;
    @FXML private HBox lastAttempt;
    @FXML private Hyperlink lastAttemptCode;
    @FXML private Label lastAttemptText;
    @FXML private VBox rdsCard;
    @FXML private Label rdsStatus;
    @FXML private Label rdsDetail;
    @FXML private Hyperlink rdsOpen;
    @FXML private Label nextStepTitle;
    @FXML private Label nextStepDetail;
    @FXML private Button nextStepButton;
    @FXML private Label notice;
    @FXML private Label guidance;

    private OverviewViewModel model;
    private Predicate<NextStep> openStep;
    private ObservableValue<Messages> messages;
    @FXML private Button cancelActivation;
    @FXML private Button uninstallKey;
    @FXML private Button clearKeyFromRegistry;
    @FXML private Button rearm;

    /**
     * Called once after loading, by the shell.
     *
     * @param explainCode opens the error-code screen on a code (the reason codes are links to it)
     * @param openStep    opens the screen that carries out a next step; false when no screen does (then the
     *                    overview runs it or shows how to do it by hand)
     * @param shown       whether the overview is the screen on show
     * @param messages    the language, for the confirmations
     * @param openRds     opens the RD license server screen (the RDS card links to it)
     */
    public void bind(OverviewViewModel viewModel, Consumer<String> explainCode, Predicate<NextStep> openStep,
                     ObservableBooleanValue shown, ObservableValue<Messages> messages, Runnable openRds) {
        this.model = viewModel;
        rdsOpen.setOnAction(event -> openRds.run());
        this.messages = messages;
        cancelActivation.visibleProperty().bind(model.busyProperty());
        cancelActivation.managedProperty().bind(cancelActivation.visibleProperty());
        for (Button change : List.of(uninstallKey, clearKeyFromRegistry, rearm)) {
            change.disableProperty().bind(model.busyProperty());
        }
        // Enter runs the next step only while the overview is on show; other screens have their own default.
        nextStepButton.defaultButtonProperty().bind(shown);
        this.openStep = openStep;
        reasonCode.setOnAction(event -> explainCode.accept(reasonCode.getText()));
        lastAttemptCode.setOnAction(event -> explainCode.accept(lastAttemptCode.getText()));
        computer.textProperty().bind(model.computerProperty());
        system.textProperty().bind(model.systemProperty());
        readAt.textProperty().bind(model.readAtProperty());
        busy.visibleProperty().bind(model.busyProperty());
        refresh.disableProperty().bind(model.busyProperty());
        product.textProperty().bind(model.productProperty());
        edition.textProperty().bind(model.editionProperty());
        role.textProperty().bind(model.roleProperty());
        channel.textProperty().bind(model.channelProperty());
        productKey.textProperty().bind(model.productKeyProperty());
        status.textProperty().bind(model.statusProperty());
        timeLeft.textProperty().bind(model.timeLeftProperty());
        reasonCode.textProperty().bind(model.reasonCodeProperty());
        reasonCode.visibleProperty().bind(model.reasonCodeProperty().isNotEmpty());
        reasonCode.managedProperty().bind(reasonCode.visibleProperty());
        reasonText.textProperty().bind(model.reasonTextProperty());
        for (var node : List.of(lastAttemptLabel, lastAttempt)) {
            node.visibleProperty().bind(model.lastAttemptVisibleProperty());
            node.managedProperty().bind(model.lastAttemptVisibleProperty());
        }
        lastAttemptCode.textProperty().bind(model.lastAttemptCodeProperty());
        lastAttemptText.textProperty().bind(model.lastAttemptTextProperty());
        rdsCard.visibleProperty().bind(model.rdsVisibleProperty());
        rdsCard.managedProperty().bind(model.rdsVisibleProperty());
        rdsStatus.textProperty().bind(model.rdsStatusProperty());
        rdsDetail.textProperty().bind(model.rdsDetailProperty());
        nextStepTitle.textProperty().bind(model.nextStepTitleProperty());
        nextStepDetail.textProperty().bind(model.nextStepDetailProperty());
        nextStepButton.textProperty().bind(model.nextStepActionProperty());
        nextStepButton.disableProperty().bind(model.busyProperty().or(model.nextStepProperty().isNull()));
        notice.textProperty().bind(model.noticeProperty());
        guidance.textProperty().bind(model.guidanceProperty());
        guidance.visibleProperty().bind(model.guidanceProperty().isNotEmpty());
        guidance.managedProperty().bind(guidance.visibleProperty());
        ToneStyles.follow(status, model.statusToneProperty());
        ToneStyles.follow(rdsStatus, model.rdsToneProperty());
        ToneStyles.follow(notice, model.noticeToneProperty());
    }


    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void uninstallKey() {
        confirmAndRun(Maintenance.UNINSTALL_KEY, uninstallKey);
    }

    @FXML
    private void clearKeyFromRegistry() {
        confirmAndRun(Maintenance.CLEAR_KEY_FROM_REGISTRY, clearKeyFromRegistry);
    }

    @FXML
    private void rearm() {
        confirmAndRun(Maintenance.REARM, rearm);
    }

    /** Nothing changes without the user reading what will change and saying yes. */
    private void confirmAndRun(Maintenance action, Button button) {
        model.propose(action).ifPresent(proposal -> {
            Dialogs.confirmChange(button.getScene().getWindow(), messages.getValue(), button.getText(),
                    proposal.description(), proposal.unmet(), null, button.getText())
                    .ifPresent(ticked -> model.run(action));
        });
    }

    @FXML
    private void runNextStep() {
        NextStep step = model.nextStepProperty().get();
        if (step == null || !openStep.test(step)) {
            model.runNextStep();
        }
    }
}
