package org.activationdesk.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.SimpleObjectProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.util.StatusTone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnostics pane's state, with no toolkit: results arrive on the checks' threads and are handed over directly. */
class DiagnosticsViewModelTest {

    @TempDir
    Path home;

    private final SimpleObjectProperty<Messages> messages = new SimpleObjectProperty<>(Messages.of(Language.ENGLISH));
    private DiagnosticsViewModel model;

    private DiagnosticsViewModel model(String scenario) throws Exception {
        model = new DiagnosticsViewModel(new TestSession(scenario, home, Duration.ZERO),
                new ErrorExplainer(ErrorCatalog.load()), Clock.systemUTC(), messages, Runnable::run);
        return model;
    }

    @AfterEach
    void shutdown() {
        model.shutdown();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void problemsComeFirstAndTheRunCanBeReportedInBothLanguages() throws Exception {
        DiagnosticsViewModel model = model("win10-pro-kms-no-srv");
        assertThat(model.reportableProperty().get()).isFalse();

        model.start();
        waitUntil(() -> model.reportableProperty().get());

        assertThat(model.rows()).isNotEmpty();
        assertThat(model.rows().get(0).tone()).isEqualTo(StatusTone.PROBLEM);
        assertThat(model.rows()).anySatisfy(row -> assertThat(row.evidence()).contains("0x8007232B"));
        assertThat(model.summaryProperty().get()).startsWith("Problems: ");

        messages.set(Messages.of(Language.JAPANESE));
        assertThat(model.rows().get(0).verdict()).isEqualTo("問題");

        Path ticket = home.resolve("ticket.html");
        model.saveReport(ticket);
        waitUntil(() -> !model.noticeProperty().get().isEmpty());
        assertThat(model.noticeProperty().get()).contains("ticket.html");
        String html = Files.readString(ticket);
        assertThat(html).contains("lang=\"ja\"").contains("PC-0217").contains("0x8007232B");
        assertThat(html).doesNotContainPattern("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");
    }

    @Test
    void clearingForgetsTheResultsOfTheOldMachine() throws Exception {
        DiagnosticsViewModel model = model("win10-pro-activated");
        model.start();
        waitUntil(() -> model.reportableProperty().get());

        model.clear();

        assertThat(model.rows()).isEmpty();
        assertThat(model.reportableProperty().get()).isFalse();
        assertThat(model.summaryProperty().get()).isEmpty();
    }
}
