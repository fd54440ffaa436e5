package org.activationdesk.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding as the user types, with no toolkit. */
class ErrorCodeViewModelTest {

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));
    private final ErrorCodeViewModel model = new ErrorCodeViewModel(new ErrorExplainer(ErrorCatalog.load()), messages);

    @ParameterizedTest
    @ValueSource(strings = {"0xC004FC07", "c004fc07", "-1073415161", "3221552135", "０ｘＣ００４ＦＣ０７",
            "Error: 0xC004FC07. The evaluation period has expired."})
    void everyFormDecodesToTheSameExplanation(String typed) {
        model.inputProperty().set(typed);

        assertThat(model.decodedProperty().get()).isTrue();
        assertThat(model.codeProperty().get()).isEqualTo("0xC004FC07");
        assertThat(model.symbolProperty().get()).isEqualTo("SL_E_VALIDITY_PERIOD_EXPIRED");
        assertThat(model.titleProperty().get()).isEqualTo("The evaluation period has ended");
        // The DISM steps are Microsoft’s, but tying them to this code is our reading of the SDK text.
        assertThat(model.sourceProperty().get()).isEqualTo("Activation Desk’s advice");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void textWithoutACodeSaysWhyAndShowsNoStaleResult() {
        model.inputProperty().set("0x8007232B");
        assertThat(model.decodedProperty().get()).isTrue();

        model.inputProperty().set("12345");

        assertThat(model.decodedProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("12345").contains("plain number");
    }

    @Test
    void switchingLanguageRewritesTheExplanation() {
        model.show("0x8007232B");
        messages.set(Messages.of(Language.JAPANESE));

        assertThat(model.titleProperty().get()).isEqualTo("DNS に KMS ホストが見つかりません");
        assertThat(model.sourceProperty().get()).isEqualTo("Microsoft の推奨");
    }

    @Test
    void clearingTheFieldClearsTheScreen() {
        model.show("0x8007232B");
        model.inputProperty().set("  ");

        assertThat(model.decodedProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEmpty();
    }
}
