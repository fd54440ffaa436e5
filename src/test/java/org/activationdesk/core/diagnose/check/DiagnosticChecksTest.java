package org.activationdesk.core.diagnose.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.DiagnosticCheck;
import org.junit.jupiter.api.Test;

class DiagnosticChecksTest {

    @Test
    void everyCheckIdHasExactlyOneCheckInItsOrder() {
        assertThat(DiagnosticChecks.standard().stream().map(DiagnosticCheck::id))
                .containsExactlyElementsOf(Arrays.asList(CheckId.values()));
    }
}
