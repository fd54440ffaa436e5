package org.activationdesk.ui.diagnostics;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.ui.util.ToneStyles;

/** Binds the diagnostics pane: one card per result, worst first, filled in as results arrive. */
public final class DiagnosticsView {

    @FXML private Button run;
    @FXML private Button cancel;
    @FXML private ProgressIndicator diagnosticsBusy;
    @FXML private Label summary;
    @FXML private Button save;
    @FXML private Label diagnosticsNotice;
    @FXML private VBox results;

    /** @param openFix opens the screen that does a fix, where the app has one */
    public void bind(DiagnosticsViewModel model, Consumer<FixTarget> openFix) {
        run.setOnAction(event -> model.start());
        run.disableProperty().bind(model.runningProperty());
        cancel.setOnAction(event -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        diagnosticsBusy.visibleProperty().bind(model.runningProperty());
        summary.textProperty().bind(model.summaryProperty());
        diagnosticsNotice.textProperty().bind(model.noticeProperty());
        diagnosticsNotice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        diagnosticsNotice.managedProperty().bind(diagnosticsNotice.visibleProperty());
        save.disableProperty().bind(model.reportableProperty().not().or(model.runningProperty()));
        save.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("activation-ticket.html");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("HTML", "*.html"),
                    new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showSaveDialog(save.getScene().getWindow());
            if (file != null) {
                model.saveReport(file.toPath());
            }
        });
        Runnable fill = () -> results.getChildren().setAll(model.rows().stream().map(row -> card(row, openFix)).toList());
        fill.run();
        model.rows().addListener((ListChangeListener<DiagnosticsViewModel.Row>) change -> fill.run());
    }

    private static Node card(DiagnosticsViewModel.Row row, Consumer<FixTarget> openFix) {
        Label verdict = new Label(row.verdict());
        verdict.getStyleClass().add("status-badge");
        ToneStyles.follow(verdict, new SimpleObjectProperty<>(row.tone()));
        Label check = new Label(row.check());
        check.getStyleClass().add("card-title");
        Label evidence = new Label(row.evidence());
        evidence.setWrapText(true);
        VBox card = new VBox(8, new HBox(12, verdict, check), evidence);
        card.getStyleClass().addAll("card", "diagnostic");
        if (!row.fix().isEmpty()) {
            Label fix = new Label(row.fix());
            fix.setWrapText(true);
            card.getChildren().add(fix);
        }
        if (!row.fixWhere().isEmpty()) {
            Hyperlink where = new Hyperlink(row.fixWhere());
            where.setOnAction(event -> openFix.accept(row.target()));
            card.getChildren().add(where);
        }
        return card;
    }
}
