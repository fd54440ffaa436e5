package org.activationdesk.core.diagnose;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;

/**
 * What every check of one run shares: the ports, the clock, the error explanations, and the machine read
 * once. The first check that asks for the snapshot reads it; the others wait for that same read, so a slow
 * licensing service is asked once per run, not once per check, and all checks see the same moment.
 */
public final class DiagnosticContext {

    private final LicensingService licensing;
    private final RdsLicensingService rds;
    private final Clock clock;
    private final ErrorExplainer explainer;
    private final Optional<PracticeScenario> practice;
    private final FutureTask<MachineSnapshot> snapshot;
    private final FutureTask<Optional<RdsLicenseServer>> rdsServer;

    /**
     * @param practice the practice scenario, empty on the machine's real licensing service
     */
    public DiagnosticContext(LicensingService licensing, RdsLicensingService rds, Clock clock,
                             ErrorExplainer explainer, Optional<PracticeScenario> practice) {
        this.licensing = Objects.requireNonNull(licensing, "licensing");
        this.rds = Objects.requireNonNull(rds, "rds");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.snapshot = new FutureTask<>(licensing::snapshot);
        this.rdsServer = new FutureTask<>(rds::licenseServer);
    }

    public LicensingService licensing() {
        return licensing;
    }

    public RdsLicensingService rds() {
        return rds;
    }

    /** The machine as the licensing service reports it, read once per run. */
    public MachineSnapshot snapshot() throws LicensingException, InterruptedException {
        return readOnce(snapshot);
    }

    /** The snapshot if it has been read successfully; never reads or waits. For reports after a run. */
    public Optional<MachineSnapshot> snapshotIfRead() {
        if (!snapshot.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(snapshot.get());
        } catch (ExecutionException | InterruptedException | RuntimeException failed) {
            return Optional.empty();
        }
    }

    /** The RD license server on this machine, empty when the role is not installed; read once per run. */
    public Optional<RdsLicenseServer> rdsLicenseServer() throws LicensingException, InterruptedException {
        return readOnce(rdsServer);
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Optional<PracticeScenario> practiceScenario() {
        return practice;
    }

    public boolean isPractice() {
        return practice.isPresent();
    }

    public ErrorExplainer explainer() {
        return explainer;
    }

    /** The one-line meaning of a code, from the catalog or decoded from its parts. */
    public Phrase codeTitle(Hresult code) {
        return m -> explainer.explain(code, m).title();
    }

    /** The catalog's advice for a code (or the generic advice for a code it lacks). */
    public Phrase codeFix(Hresult code) {
        return m -> explainer.explain(code, m).fix();
    }

    private static <T> T readOnce(FutureTask<T> read) throws LicensingException, InterruptedException {
        read.run(); // the first caller reads; a later caller returns at once and waits below
        try {
            return read.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LicensingException licensing) {
                throw licensing;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading the machine failed", cause);
        }
    }
}
