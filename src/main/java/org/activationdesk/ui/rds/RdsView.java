package org.activationdesk.ui.rds;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.activationdesk.ui.rds.RdsViewModel.KeyPackRow;
import org.activationdesk.ui.util.ToneStyles;

/** Binds the RD license server screen to its view model. No logic: everything it shows comes from the model. */
public final class RdsView {

    @FXML private Label rdsSubtitle;
    @FXML private ProgressIndicator rdsBusy;
    @FXML private Button rdsCancel;
    @FXML private Label rdsReadAt;
    @FXML private Button rdsRefresh;
    @FXML private Label rdsStatusBadge;
    @FXML private HBox rdsServerId;
    @FXML private Label rdsServerIdNone;
    @FXML private TextField rdsProductId;
    @FXML private Label rdsDatabasePath;
    @FXML private VBox rdsFindings;
    @FXML private TableView<KeyPackRow> rdsKeyPacks;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnNumber;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnCalType;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnVersion;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnBoughtAs;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnTotal;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnAvailable;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnIssued;
    @FXML private TableColumn<KeyPackRow, String> rdsColumnExpires;
    @FXML private VBox rdsActivationCard;
    @FXML private Label rdsActivationTitle;
    @FXML private TextField rdsFirstName;
    @FXML private TextField rdsLastName;
    @FXML private TextField rdsCompany;
    @FXML private TextField rdsCountry;
    @FXML private ComboBox<RdsViewModel.ReasonChoice> rdsReason;
    @FXML private Button rdsActivateAutomatic;
    @FXML private Label rdsWebHowTo;
    @FXML private HBox rdsPracticeLine;
    @FXML private Button rdsAskPractice;
    @FXML private Label rdsPracticeAnswer;
    @FXML private TextField rdsIdInput;
    @FXML private Label rdsIdStatus;
    @FXML private VBox rdsIdProblems;
    @FXML private Button rdsActivateWithId;
    @FXML private Label rdsNotice;
    @FXML private VBox rdsKeep;
    @FXML private Button rdsSaveBackup;
    @FXML private Label rdsBackupNotice;
    @FXML private VBox rdsSteps;

    public void bind(RdsViewModel model) {
        rdsSubtitle.textProperty().bind(model.subtitleProperty());
        rdsBusy.visibleProperty().bind(model.busyProperty());
        rdsCancel.visibleProperty().bind(model.busyProperty());
        rdsCancel.managedProperty().bind(model.busyProperty());
        rdsCancel.setOnAction(event -> model.cancel());
        rdsReadAt.textProperty().bind(model.readAtProperty());
        rdsRefresh.disableProperty().bind(model.busyProperty());
        rdsRefresh.setOnAction(event -> model.refresh());

        rdsStatusBadge.textProperty().bind(model.statusProperty());
        ToneStyles.follow(rdsStatusBadge, model.statusToneProperty());
        lines(rdsServerId, model.serverIdGroups(), group -> styled(new Label(group), "id-group"));
        rdsServerIdNone.textProperty().bind(model.serverIdNoneProperty());
        showWhen(rdsServerIdNone, Bindings.isEmpty(model.serverIdGroups()).and(model.roleInstalledProperty()));
        rdsProductId.textProperty().bind(model.productIdProperty());
        rdsDatabasePath.textProperty().bind(model.databasePathProperty());
        lines(rdsFindings, model.findings(), RdsView::line);

        rdsKeyPacks.setItems(model.keyPacks());
        column(rdsColumnNumber, KeyPackRow::number);
        column(rdsColumnCalType, KeyPackRow::calType);
        column(rdsColumnVersion, KeyPackRow::version);
        column(rdsColumnBoughtAs, KeyPackRow::boughtAs);
        column(rdsColumnTotal, KeyPackRow::total);
        column(rdsColumnAvailable, KeyPackRow::available);
        column(rdsColumnIssued, KeyPackRow::issued);
        column(rdsColumnExpires, KeyPackRow::expires);

        showWhen(rdsActivationCard, model.roleInstalledProperty());
        rdsActivationTitle.textProperty().bind(model.activationTitleProperty());
        rdsFirstName.textProperty().bindBidirectional(model.firstNameProperty());
        rdsLastName.textProperty().bindBidirectional(model.lastNameProperty());
        rdsCompany.textProperty().bindBidirectional(model.companyProperty());
        rdsCountry.textProperty().bindBidirectional(model.countryRegionProperty());
        rdsReason.setItems(model.reasons());
        rdsReason.valueProperty().bindBidirectional(model.reasonProperty());
        showWhen(rdsReason, model.activatedProperty());
        rdsActivateAutomatic.textProperty().bind(model.automaticActionProperty());
        rdsActivateAutomatic.disableProperty().bind(model.busyProperty());
        rdsActivateAutomatic.setOnAction(event -> model.activateAutomatically());
        rdsWebHowTo.textProperty().bind(model.webHowToProperty());
        showWhen(rdsPracticeLine, model.practiceProperty());
        rdsAskPractice.setOnAction(event -> model.askPracticeClearinghouse());
        rdsPracticeAnswer.textProperty().bind(model.practiceAnswerProperty());
        rdsIdInput.textProperty().bindBidirectional(model.idInputProperty());
        rdsIdStatus.textProperty().bind(model.idStatusProperty());
        ToneStyles.follow(rdsIdStatus, model.idToneProperty());
        lines(rdsIdProblems, model.idProblems(), text -> styled(new Label(text), "tone-problem"));
        rdsActivateWithId.textProperty().bind(model.withIdActionProperty());
        rdsActivateWithId.disableProperty().bind(model.busyProperty().or(model.idValidProperty().not()));
        rdsActivateWithId.setOnAction(event -> model.activateWithTypedId());
        rdsNotice.textProperty().bind(model.noticeProperty());
        ToneStyles.follow(rdsNotice, model.noticeToneProperty());

        lines(rdsKeep, model.keep(), RdsView::keepLine);
        rdsSaveBackup.disableProperty().bind(model.roleInstalledProperty().not());
        rdsSaveBackup.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(model.suggestedBackupName());
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("HTML", "*.html"),
                    new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showSaveDialog(rdsSaveBackup.getScene().getWindow());
            if (file != null) {
                model.saveBackup(file.toPath());
            }
        });
        rdsBackupNotice.textProperty().bind(model.backupNoticeProperty());
        ToneStyles.follow(rdsBackupNotice, model.backupToneProperty());
        lines(rdsSteps, model.steps(), RdsView::line);
    }

    private static void column(TableColumn<KeyPackRow, String> column, Function<KeyPackRow, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
    }

    /** A label in its tone beside its text: a finding, a value to keep, a step. */
    private static Node line(RdsViewModel.Line line) {
        Label label = new Label(line.label());
        label.getStyleClass().addAll("status-badge", "rds-badge");
        label.setMinWidth(Label.USE_PREF_SIZE);
        ToneStyles.follow(label, new SimpleObjectProperty<>(line.tone()));
        Label text = new Label(line.text());
        text.setWrapText(true);
        HBox box = new HBox(12, label, text);
        box.setFillHeight(false);
        return box;
    }

    /** A value to keep: its name in the label column, the value and why to keep it beside it. */
    private static Node keepLine(RdsViewModel.Line line) {
        Label label = new Label(line.label());
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinWidth(170);
        label.setPrefWidth(170);
        Label text = new Label(line.text());
        text.setWrapText(true);
        return new HBox(16, label, text);
    }

    private static <T> void lines(Pane box, ObservableList<T> items, Function<T, Node> render) {
        Runnable fill = () -> box.getChildren().setAll(items.stream().map(render).toList());
        fill.run();
        items.addListener((ListChangeListener<T>) change -> fill.run());
        showWhen(box, Bindings.isNotEmpty(items));
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static Label styled(Label label, String style) {
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
