package org.activationdesk.ui.util;

import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.LicensingException;

/**
 * The one-line outcome a screen shows after it did something: kept as a function of the language, so a language switch
 * re-words it, with its tone. Failures are worded the same way on every screen: a licensing code with its meaning,
 * a timeout, or something unexpected.
 */
public final class Notice {

    private final ObservableValue<Messages> messages;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> tone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private Function<Messages, String> wording = m -> "";

    public Notice(ObservableValue<Messages> messages) {
        this.messages = messages;
        messages.addListener((observable, before, now) -> text.set(wording.apply(now)));
    }

    public void set(StatusTone newTone, Function<Messages, String> newWording) {
        wording = newWording;
        tone.set(newTone);
        text.set(newWording.apply(messages.getValue()));
    }

    /**
     * Says what went wrong, as a problem.
     *
     * @param timeoutKey the bundle key that says the service did not answer in time
     */
    public void failure(Throwable failure, ErrorCatalog catalog, String timeoutKey) {
        if (failure instanceof LicensingException licensing) {
            Hresult code = licensing.code();
            set(StatusTone.PROBLEM, m -> m.get("overview.failed.code", code.toString(), title(code, catalog, m)));
        } else if (failure instanceof TimeoutException) {
            set(StatusTone.PROBLEM, m -> m.get(timeoutKey));
        } else {
            String kind = failure.getClass().getSimpleName();
            set(StatusTone.PROBLEM, m -> m.get("overview.failed.unexpected", kind));
        }
    }

    /** A code's one-line meaning from the catalog, or a plain "not in the catalog yet". */
    public static String title(Hresult code, ErrorCatalog catalog, Messages m) {
        return catalog.explain(code, m.language()).map(ErrorExplanation::title)
                .orElseGet(() -> m.get("overview.reason.unknown"));
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<StatusTone> toneProperty() {
        return tone;
    }
}
