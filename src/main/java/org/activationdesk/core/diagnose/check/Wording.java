package org.activationdesk.core.diagnose.check;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.activationdesk.core.diagnose.Fix;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.MachineSnapshot;

/** Pieces of wording several checks share. */
final class Wording {

    private Wording() {
    }

    /** A day as the reader's calendar shows it, in ISO form (2026-11-02) that reads the same in both languages. */
    static String date(Instant instant, Clock clock) {
        return LocalDate.ofInstant(instant, clock.getZone()).toString();
    }

    static String hostAndPort(String host, int port) {
        return host + ":" + port;
    }

    /** The overview's next step for this machine, as a fix: the same advice in both places. */
    static Fix advisedFix(MachineSnapshot snapshot) {
        NextStep step = NextStepAdvisor.advise(snapshot, Optional.empty()).step();
        return new Fix(FixTarget.forStep(step), Phrase.ofConstant("nextStep.detail", step));
    }
}
