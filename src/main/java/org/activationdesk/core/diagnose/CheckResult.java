package org.activationdesk.core.diagnose;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.i18n.Phrase;

/**
 * What one check found, with the evidence for it and what to do.
 *
 * @param evidence what was seen, as one or more sentences in the reader's language
 * @param facts    the same evidence as typed values, in the order the check found them
 * @param code     the HRESULT the finding is about, or null
 * @param fix      what to do, or null when nothing needs doing
 * @param elapsed  how long the check took, set by the runner
 */
public record CheckResult(CheckId check, Verdict verdict, Phrase evidence, List<Fact> facts, Hresult code, Fix fix,
                          Duration elapsed) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(elapsed, "elapsed");
        facts = List.copyOf(facts);
    }

    public static CheckResult of(CheckId check, Verdict verdict, Phrase evidence) {
        return new CheckResult(check, verdict, evidence, List.of(), null, null, Duration.ZERO);
    }

    public CheckResult withFacts(Fact... more) {
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(Arrays.asList(more));
        return new CheckResult(check, verdict, evidence, all, code, fix, elapsed);
    }

    public CheckResult withFact(FactKey key, Object value) {
        return value == null ? this : withFacts(new Fact(key, value));
    }

    public CheckResult withCode(Hresult newCode) {
        return new CheckResult(check, verdict, evidence, facts, newCode, fix, elapsed);
    }

    public CheckResult withFix(FixTarget target, Phrase text) {
        return new CheckResult(check, verdict, evidence, facts, code, new Fix(target, text), elapsed);
    }

    public CheckResult withElapsed(Duration took) {
        return new CheckResult(check, verdict, evidence, facts, code, fix, took);
    }

    public Optional<Object> fact(FactKey key) {
        return facts.stream().filter(f -> f.key() == key).map(Fact::value).findFirst();
    }

    /** The screen that fixes this, {@link FixTarget#NONE} when there is nothing to do or nothing on screen. */
    public FixTarget fixTarget() {
        return fix == null ? FixTarget.NONE : fix.target();
    }

    public String evidence(Messages m) {
        return evidence.in(m);
    }
}
