package org.activationdesk.ui.errors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.HresultParser;
import org.activationdesk.core.errors.ParsedCode;
import org.activationdesk.core.i18n.Messages;

/**
 * The error-code screen: whatever the user types or pastes (a code in any form, or a whole error message) is
 * decoded as they type. Decoding is pure and takes microseconds, so it runs on the UI thread.
 */
public final class ErrorCodeViewModel {

    private final ErrorExplainer explainer;
    private final ObjectProperty<Messages> messages;

    private final StringProperty input = new SimpleStringProperty("");
    private final BooleanProperty decoded = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty symbol = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty cause = new SimpleStringProperty("");
    private final StringProperty fix = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty parts = new SimpleStringProperty("");

    public ErrorCodeViewModel(ErrorExplainer explainer, ObjectProperty<Messages> messages) {
        this.explainer = explainer;
        this.messages = messages;
        input.addListener((observable, before, now) -> render());
        messages.addListener((observable, before, now) -> render());
    }

    /** Shows a code chosen elsewhere (e.g. the reason on the overview). */
    public void show(String text) {
        input.set(text);
    }

    private void render() {
        Messages m = messages.get();
        String text = input.get() == null ? "" : input.get();
        if (text.isBlank()) {
            decoded.set(false);
            problem.set("");
            return;
        }
        ParsedCode parsed = HresultParser.parse(text);
        if (parsed instanceof ParsedCode.NotACode notACode) {
            decoded.set(false);
            problem.set(ErrorExplainer.describe(notACode, m));
            return;
        }
        CodeExplanation explanation = explainer.explain(((ParsedCode.Found) parsed).code(), m);
        problem.set("");
        code.set(explanation.code().toString());
        symbol.set(explanation.known() ? explanation.symbol() : m.get("errors.symbol.unknown"));
        title.set(explanation.title());
        cause.set(explanation.cause());
        fix.set(explanation.fix());
        source.set(m.get(explanation.fixFromMicrosoft() ? "errors.source.microsoft" : "errors.source.ours"));
        parts.set(ErrorExplainer.describeParts(explanation.parts(), m));
        decoded.set(true);
    }

    public StringProperty inputProperty() { return input; }
    public BooleanProperty decodedProperty() { return decoded; }
    public StringProperty problemProperty() { return problem; }
    public StringProperty codeProperty() { return code; }
    public StringProperty symbolProperty() { return symbol; }
    public StringProperty titleProperty() { return title; }
    public StringProperty causeProperty() { return cause; }
    public StringProperty fixProperty() { return fix; }
    public StringProperty sourceProperty() { return source; }
    public StringProperty partsProperty() { return parts; }
}
