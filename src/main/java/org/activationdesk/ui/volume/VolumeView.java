package org.activationdesk.ui.volume;

import static org.activationdesk.ui.util.Nodes.lines;
import static org.activationdesk.ui.util.Nodes.styled;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.util.Dialogs;
import org.activationdesk.ui.util.ToneStyles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the volume activation screen: where the computer stands, the SRV records of its domain, a probe step by step
 * and the switch plan, whose steps run only after a confirmation. Builds rows from the view model's lists, nothing
 * more.
 */
public final class VolumeView {

    @FXML private Label volumePractice;
    @FXML private Label whereHeadline;
    @FXML private GridPane whereFacts;
    @FXML private VBox whereNotes;
    @FXML private TextField domainField;
    @FXML private Button lookUp;
    @FXML private ProgressIndicator lookUpBusy;
    @FXML private Button cancelLookUp;
    @FXML private Label domainProblem;
    @FXML private Label discoveryText;
    @FXML private Label discoveryFix;
    @FXML private GridPane srvRecords;
    @FXML private TextField probeField;
    @FXML private Button probeButton;
    @FXML private ProgressIndicator probeBusy;
    @FXML private Button cancelProbe;
    @FXML private Label probeProblem;
    @FXML private VBox probeSteps;
    @FXML private Label probeSummary;
    @FXML private Button useProbed;
    @FXML private ToggleButton switchKms;
    @FXML private ToggleButton switchMak;
    @FXML private VBox kmsOptions;
    @FXML private RadioButton useDns;
    @FXML private RadioButton useHost;
    @FXML private TextField switchHostField;
    @FXML private Label switchHostProblem;
    @FXML private HBox publishedKeyBox;
    @FXML private Label publishedKey;
    @FXML private ToggleButton revealPublishedKey;
    @FXML private VBox makOptions;
    @FXML private PasswordField makField;
    @FXML private Label makStatus;
    @FXML private CheckBox byPhone;
    @FXML private VBox planBox;
    @FXML private Label switchVerdict;
    @FXML private VBox switchBlockers;
    @FXML private VBox switchSteps;
    @FXML private Label switchJobNotice;
    @FXML private Button cancelJob;
    @FXML private VBox switchWarnings;

    private VolumeViewModel model;

    /** @param openPhoneActivation shows the phone activation screen, for a plan that ends in activation by phone */
    public void bind(VolumeViewModel viewModel, ObservableValue<Messages> messages, Runnable openPhoneActivation) {
        this.model = viewModel;
        shown(volumePractice, model.practiceProperty());
        bindSituation();
        bindDiscovery(messages);
        bindProbe();
        bindSwitch(messages, openPhoneActivation);
    }

    private void bindSituation() {
        whereHeadline.textProperty().bind(model.headlineProperty());
        ToneStyles.follow(whereHeadline, model.headlineToneProperty());
        Runnable fill = () -> {
            whereFacts.getChildren().clear();
            for (int i = 0; i < model.facts().size(); i++) {
                VolumeViewModel.Row row = model.facts().get(i);
                Label label = styled(new Label(row.label()), "field-label");
                Label value = new Label(row.value());
                value.setWrapText(true);
                value.setId("fact-" + i);
                whereFacts.addRow(i, label, value);
            }
        };
        fill.run();
        model.facts().addListener((ListChangeListener<VolumeViewModel.Row>) change -> fill.run());
        lines(whereNotes, model.notes(), text -> {
            Label note = styled(new Label(text), "where-note");
            ToneStyles.follow(note, model.notesToneProperty());
            return note;
        });
    }

    private void bindDiscovery(ObservableValue<Messages> messages) {
        domainField.textProperty().bindBidirectional(model.domainProperty());
        lookUp.disableProperty().bind(model.discoveringProperty());
        shown(lookUpBusy, model.discoveringProperty());
        shown(cancelLookUp, model.discoveringProperty());
        text(domainProblem, model.domainProblemProperty());
        text(discoveryText, model.discoveryTextProperty());
        ToneStyles.follow(discoveryText, model.discoveryToneProperty());
        text(discoveryFix, model.discoveryFixProperty());
        Runnable fill = () -> {
            srvRecords.getChildren().removeIf(node -> GridPane.getRowIndex(node) != null && GridPane.getRowIndex(node) > 0);
            Messages m = messages.getValue();
            for (VolumeViewModel.SrvRow row : model.records()) {
                int line = row.index() + 1;
                Label target = new Label(row.target());
                target.getStyleClass().add("mono");
                Label choice = new Label(row.choice());
                choice.setWrapText(true);
                choice.setId("srv-choice-" + line);
                if (row.first()) {
                    choice.getStyleClass().add("tone-good");
                }
                HBox actions = new HBox(6);
                actions.setMinWidth(Region.USE_PREF_SIZE);
                if (!row.endpoint().isEmpty()) {
                    Button probe = new Button(m.get("volume.srv.probe"));
                    probe.setId("srv-probe-" + line);
                    probe.disableProperty().bind(model.probingProperty());
                    probe.setOnAction(event -> model.probe(row));
                    Button use = new Button(m.get("volume.srv.use"));
                    use.setId("srv-use-" + line);
                    use.setOnAction(event -> model.useForSwitch(row));
                    actions.getChildren().addAll(probe, use);
                }
                srvRecords.addRow(line, target, new Label(row.port()), new Label(row.priority()),
                        new Label(row.weight()), choice, actions);
            }
        };
        fill.run();
        model.records().addListener((ListChangeListener<VolumeViewModel.SrvRow>) change -> fill.run());
        srvRecords.visibleProperty().bind(Bindings.isNotEmpty(model.records()));
        srvRecords.managedProperty().bind(srvRecords.visibleProperty());
    }

    private void bindProbe() {
        probeField.textProperty().bindBidirectional(model.probeHostProperty());
        probeButton.disableProperty().bind(model.probingProperty());
        shown(probeBusy, model.probingProperty());
        shown(cancelProbe, model.probingProperty());
        text(probeProblem, model.probeProblemProperty());
        lines(probeSteps, model.probeSteps(), row -> {
            FontIcon icon = new FontIcon(row.passed() ? "mdi2c-check-circle" : "mdi2c-close-circle");
            icon.getStyleClass().add(row.passed() ? "icon-good" : "icon-problem");
            Label stage = styled(new Label(row.stage()), "field-label");
            stage.setMinWidth(130);
            Label evidence = new Label(row.evidence());
            evidence.setWrapText(true);
            evidence.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(evidence, Priority.ALWAYS);
            Label elapsed = styled(new Label(row.elapsed()), "muted");
            elapsed.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(10, icon, stage, evidence, elapsed);
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        });
        text(probeSummary, model.probeSummaryProperty());
        ToneStyles.follow(probeSummary, model.probeToneProperty());
        shown(useProbed, model.probedProperty());
    }

    private void bindSwitch(ObservableValue<Messages> messages, Runnable openPhoneActivation) {
        ToggleGroup targets = new ToggleGroup();
        switchKms.setToggleGroup(targets);
        switchMak.setToggleGroup(targets);
        switchKms.setUserData(VolumeViewModel.Target.KMS);
        switchMak.setUserData(VolumeViewModel.Target.MAK);
        Runnable selectTarget = () -> (model.targetProperty().get() == VolumeViewModel.Target.MAK ? switchMak : switchKms)
                .setSelected(true);
        selectTarget.run();
        model.targetProperty().addListener((observable, before, now) -> selectTarget.run());
        targets.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true); // one of the two stays chosen
            } else {
                model.targetProperty().set((VolumeViewModel.Target) now.getUserData());
            }
        });
        shown(kmsOptions, model.targetProperty().isEqualTo(VolumeViewModel.Target.KMS));
        shown(makOptions, model.targetProperty().isEqualTo(VolumeViewModel.Target.MAK));

        ToggleGroup hostSource = new ToggleGroup();
        useDns.setToggleGroup(hostSource);
        useHost.setToggleGroup(hostSource);
        Runnable selectSource = () -> (model.useDnsProperty().get() ? useDns : useHost).setSelected(true);
        selectSource.run();
        model.useDnsProperty().addListener((observable, before, now) -> selectSource.run());
        hostSource.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                model.useDnsProperty().set(now == useDns);
            }
        });
        switchHostField.textProperty().bindBidirectional(model.switchHostProperty());
        switchHostField.disableProperty().bind(model.useDnsProperty());
        text(switchHostProblem, model.switchHostProblemProperty());
        publishedKey.textProperty().bind(model.publishedKeyProperty());
        shown(publishedKeyBox, model.publishedKeyProperty().isNotEmpty());
        revealPublishedKey.selectedProperty().bindBidirectional(model.publishedKeyShownProperty());
        revealPublishedKey.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(
                revealPublishedKey.isSelected() ? "mdi2e-eye-off-outline" : "mdi2e-eye-outline"),
                revealPublishedKey.selectedProperty()));

        makField.textProperty().bindBidirectional(model.makProperty());
        makStatus.textProperty().bind(model.makStatusProperty());
        ToneStyles.follow(makStatus, model.makToneProperty());
        byPhone.selectedProperty().bindBidirectional(model.byPhoneProperty());

        shown(planBox, model.plannedProperty());
        switchVerdict.textProperty().bind(model.verdictProperty());
        ToneStyles.follow(switchVerdict, model.verdictToneProperty());
        lines(switchBlockers, model.blockers(), line -> styled(new Label(line), "tone-problem"));
        lines(switchSteps, model.steps(), row -> step(row, messages, openPhoneActivation));
        text(switchJobNotice, model.jobNoticeProperty());
        ToneStyles.follow(switchJobNotice, model.jobNoticeToneProperty());
        shown(cancelJob, model.jobRunningProperty());
        lines(switchWarnings, model.warnings(), line -> styled(new Label(line), "tone-warning"));
    }

    /** A plan step: its sentence, and a button when Activation Desk can do it; nothing runs without a confirmation. */
    private Node step(VolumeViewModel.StepRow row, ObservableValue<Messages> messages, Runnable openPhoneActivation) {
        Label text = styled(new Label(row.text()), "plan-step");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(12, text);
        line.setAlignment(Pos.CENTER_LEFT);
        if (row.action() == null) {
            return line;
        }
        Button run = new Button(row.action());
        run.setId("switch-step-" + (row.index() + 1));
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.disableProperty().bind(model.jobRunningProperty());
        if (row.opensPhone()) {
            run.setOnAction(event -> openPhoneActivation.run());
        } else {
            run.setOnAction(event -> confirmAndRun(row, run.getScene().getWindow(), messages.getValue()));
        }
        line.getChildren().add(run);
        return line;
    }

    private void confirmAndRun(VolumeViewModel.StepRow row, Window owner, Messages m) {
        model.propose(row.index()).ifPresent(proposal -> {
            String description = proposal.publishedKey() == null ? proposal.description()
                    : proposal.description() + "\n\n" + m.get("volume.switch.confirm.key", proposal.publishedKey());
            Dialogs.confirmChange(owner, m, m.get("keyscreen.confirm.title"), description, proposal.unmet(),
                    proposal.needsGvlkConfirmation() ? m.get("keyscreen.confirm.gvlk") : null, row.action())
                    .ifPresent(ticked -> model.run(row.index(), ticked));
        });
    }

    @FXML
    private void discover() {
        model.discover();
    }

    @FXML
    private void cancelDiscovery() {
        model.cancelDiscovery();
    }

    @FXML
    private void probe() {
        model.probe();
    }

    @FXML
    private void stopProbe() {
        model.cancelProbe();
    }

    @FXML
    private void useProbedHost() {
        model.useProbedHostForSwitch();
    }

    @FXML
    private void stopJob() {
        model.cancelJob();
    }

    /** A label that shows its text, and takes no room while it has none. */
    private static void text(Label label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void shown(Node node, ObservableValue<Boolean> when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

}
