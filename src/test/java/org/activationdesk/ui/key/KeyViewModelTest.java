package org.activationdesk.ui.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.DirectBackground;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key screen's state, with no toolkit. Keys are Microsoft's published KMS client keys, or typos of them. */
class KeyViewModelTest {

    private static final String SERVER_2019_STANDARD_GVLK = "N69G4-B89J2-4G8F4-WWYCC-J464C";
    private static final String SERVER_2019_DATACENTER_GVLK = "WMDGN-G9PQG-XVVXX-R3X43-63DFG";

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));

    private KeyViewModel model(String scenario) throws Exception {
        KeyViewModel model = new KeyViewModel(new TestSession(scenario, home, Duration.ZERO), new DirectBackground(),
                messages);
        model.refreshMachine();
        return model;
    }

    @Test
    void anEmptyFieldIsNoMistake() throws Exception {
        KeyViewModel model = model("win10-pro-activated");

        assertThat(model.problems()).isEmpty();
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.NEUTRAL);
        assertThat(model.identifiedProperty().get()).isFalse();
    }

    @Test
    void oneSlipIsOfferedBackAndTakingItMakesTheKeyValid() throws Exception {
        KeyViewModel model = model("server2019-std-datacenter-key");
        model.inputProperty().set("wmdgn g9pqg xvvxx r3x43 63dfq");

        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        KeyViewModel.SuggestionRow original = model.suggestions().stream()
                .filter(row -> row.suggestion().position() == 25 && row.suggestion().to().equals("G")).findFirst()
                .orElseThrow();
        assertThat(original.text()).contains("25").contains("“Q”").contains("“G”");

        model.apply(original);

        assertThat(model.inputProperty().get()).isEqualTo(SERVER_2019_DATACENTER_GVLK);
        assertThat(model.statusToneProperty().get()).isEqualTo(StatusTone.GOOD);
        assertThat(model.suggestions()).isEmpty();
        assertThat(model.editionProperty().get()).isEqualTo("ServerDatacenter");
        assertThat(model.plannedProperty().get()).isTrue();
        assertThat(model.blockers()).isEmpty();
        assertThat(model.steps()).first().asString().startsWith("1. ").contains("ServerDatacenter");
    }

    @Test
    void theExpiredEvaluationDomainControllerGetsItsBlockerInBothLanguages() throws Exception {
        KeyViewModel model = model("server2019-eval-expired");
        model.inputProperty().set(SERVER_2019_STANDARD_GVLK);

        assertThat(model.verdictToneProperty().get()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.blockers()).singleElement().asString().contains("domain controller");

        messages.set(Messages.of(Language.JAPANESE));

        assertThat(model.blockers()).singleElement().asString().contains("ドメイン コントローラー");
        assertThat(model.statusProperty().get()).contains("*****-*****-*****-*****-J464C");
    }

    @Test
    void nothingOutsideTheEntryFieldHoldsTheFullKey() throws Exception {
        KeyViewModel model = model("server2019-std-datacenter-key");
        model.inputProperty().set(SERVER_2019_DATACENTER_GVLK);

        String everything = String.join("\n", model.statusProperty().get(), model.identityProperty().get(),
                model.verdictProperty().get(), String.join("\n", model.steps()), String.join("\n", model.warnings()));
        assertThat(everything).doesNotContain(SERVER_2019_DATACENTER_GVLK).contains("*****-*****-*****-*****-63DFG");
    }
}
