package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.activationdesk.platform.simulated.ScenarioException;
import org.activationdesk.platform.windows.WindowsLicensingService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** On Windows, without --practice, the app runs on the machine's own licensing service (read-only check). */
@Tag("windows-contract")
@EnabledOnOs(OS.WINDOWS)
class WindowsBackendContractTest {

    @Test
    void windowsWithoutPracticeUsesTheBridge() throws ScenarioException {
        Backend backend = Backend.select(false, null, Duration.ZERO);
        assertThat(backend.isPractice()).as("practice reason %s", backend.why()).isFalse();
        assertThat(backend.why()).isNull();
        assertThat(backend.licensing()).isInstanceOf(WindowsLicensingService.class);
        assertThat(backend.keyConfigurations()).isSameAs(backend.licensing());
        assertThat(Backend.select(true, null, Duration.ZERO).isPractice()).isTrue();
    }
}
