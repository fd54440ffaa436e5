package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.port.UnknownFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The real composition off Windows: the Windows-only facts are "unknown: not Windows", never guessed. */
@DisabledOnOs(value = OS.WINDOWS,
        disabledReason = "on Windows these facts are read from the machine itself, in WindowsContractTest")
class LiveSystemHealthTest {

    @Test
    void offWindowsTheServiceAndTheRestartMarkersAreUnknownBecauseThisIsNotWindows() throws Exception {
        LiveSystemHealth health = LiveSystemHealth.forThisComputer();

        assertThat(health.isPractice()).isFalse();
        assertThat(health.licensingService(Duration.ofSeconds(1)).unknown()).map(UnknownFact::reason)
                .contains(UnknownFact.Reason.NOT_WINDOWS);
        assertThat(health.pendingRestart(Duration.ofSeconds(1)).unknown()).map(UnknownFact::reason)
                .contains(UnknownFact.Reason.NOT_WINDOWS);
        assertThat(SystemTexts.forThisComputer().describe(1058, Language.ENGLISH))
                .as("no Windows texts off Windows").isEmpty();
    }
}
