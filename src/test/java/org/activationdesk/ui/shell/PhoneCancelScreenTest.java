package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.activationdesk.core.job.GenerateInstallationIdJob;
import org.activationdesk.ui.TestSession;
import org.activationdesk.ui.phone.PhoneStep;
import org.activationdesk.ui.util.FxBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A licensing service that takes seconds to answer, and a person who presses Cancel. */
@ExtendWith(ApplicationExtension.class)
class PhoneCancelScreenTest {

    @TempDir
    static Path home;

    private final FxBackground background = new FxBackground();
    private TestSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        session = new TestSession("mak-no-internet", home, Duration.ofSeconds(5));
        window = TestWindows.show(stage, session, background, 960);
    }

    @AfterEach
    void stop() {
        background.shutdown();
    }

    @Test
    void cancelStopsTheReadAndTheJournalSaysItWasCancelled(FxRobot robot) throws Exception {
        robot.clickOn("#nav-PHONE_ACTIVATION");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled());

        robot.clickOn("#readInstallationId");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.phone().busyProperty().get());
        robot.clickOn("#phoneCancel");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.phone().busyProperty().get()).isFalse();
        assertThat(window.phone().stepProperty().get()).isEqualTo(PhoneStep.REGION);
        assertThat(robot.lookup("#readInstallationId").queryAs(Button.class).isDisabled()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.journal().read().isEmpty());
        assertThat(session.journal().read()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(GenerateInstallationIdJob.ACTION);
            assertThat(e.outcome().toString()).isEqualTo("0x800704C7");
        });
    }
}
