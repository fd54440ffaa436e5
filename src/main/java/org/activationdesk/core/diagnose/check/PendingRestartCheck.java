package org.activationdesk.core.diagnose.check;

import java.util.stream.Collectors;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.RestartReading;

/**
 * A restart Windows is waiting for. An edition change (DISM /Set-Edition) and many updates take effect only after it,
 * so activating before it can fail or activate the old state. Activation Desk never restarts the computer.
 */
public final class PendingRestartCheck extends HealthCheck {

    @Override
    public CheckId id() {
        return CheckId.PENDING_REBOOT;
    }

    @Override
    Phrase byHand() {
        return Phrase.of("diagnose.byHand.reboot");
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws InterruptedException {
        RestartReading restart = context.health().pendingRestart(READ_TIMEOUT);
        Phrase practice = practice(context);
        if (restart.pending()) {
            Phrase markers = m -> restart.ordered().stream().map(marker -> m.of("health.restartMarker", marker))
                    .collect(Collectors.joining(m.language() == Language.JAPANESE ? "、" : "; "));
            return CheckResult.of(id(), Verdict.WARNING, Phrase.sentences(practice,
                            Phrase.of("diagnose.restart.pending", markers), Phrase.of("diagnose.restart.edition")))
                    .withFix(FixTarget.NONE, Phrase.of("diagnose.restart.fix"))
                    .withFact(FactKey.RESTART_MARKERS, restart.ordered().stream().map(HealthCheck::scriptName)
                            .collect(Collectors.joining(",")));
        }
        if (restart.unknown().isPresent()) {
            return couldNotCheck(context, couldNot(restart.unknown().get()));
        }
        return CheckResult.of(id(), Verdict.OK, Phrase.sentences(practice, Phrase.of("diagnose.restart.none")));
    }
}
