package org.activationdesk.core.diagnose;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;

/**
 * What every check of one run shares: the ports, the clock, the error explanations, and the machine read
 * once. The first check that asks for the snapshot reads it; the others wait for that same read, so a slow
 * licensing service is asked once per run, not once per check, and all checks see the same moment. The KMS SRV
 * lookup is shared the same way, so the DNS and port checks see one answer, and so is the request to Microsoft's
 * activation servers, whose answer the internet check and the clock check both use.
 */
public final class DiagnosticContext {

    /** A DNS server that has not answered in this time will not; the check says so rather than wait. */
    public static final Duration KMS_DISCOVERY_TIMEOUT = Duration.ofSeconds(5);
    /** One HTTPS request, through a proxy perhaps: connecting, TLS and the answer. */
    public static final Duration ONLINE_TIMEOUT = Duration.ofSeconds(10);

    private final LicensingService licensing;
    private final RdsLicensingService rds;
    private final KmsNetwork network;
    private final SystemHealth health;
    private final Clock clock;
    private final ErrorExplainer explainer;
    private final Optional<PracticeScenario> practice;
    private final FutureTask<MachineSnapshot> snapshot;
    private final FutureTask<Optional<RdsLicenseServer>> rdsServer;
    private final ConcurrentMap<DnsDomain, FutureTask<DiscoveryResult>> discoveries = new ConcurrentHashMap<>();
    private final FutureTask<OnlineReading> online;

    /**
     * @param network  the network the KMS checks look up and probe: the scenario's in practice mode
     * @param health   the service, internet, clock and restart facts: the scenario's in practice mode
     * @param practice the practice scenario, empty on the machine's real licensing service
     */
    public DiagnosticContext(LicensingService licensing, RdsLicensingService rds, KmsNetwork network,
                             SystemHealth health, Clock clock, ErrorExplainer explainer,
                             Optional<PracticeScenario> practice) {
        this.licensing = Objects.requireNonNull(licensing, "licensing");
        this.rds = Objects.requireNonNull(rds, "rds");
        this.network = Objects.requireNonNull(network, "network");
        this.health = Objects.requireNonNull(health, "health");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.snapshot = new FutureTask<>(licensing::snapshot);
        this.rdsServer = new FutureTask<>(rds::licenseServer);
        this.online = new FutureTask<>(() -> health.activationServers(ONLINE_TIMEOUT));
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

    public KmsNetwork network() {
        return network;
    }

    /** The {@code _vlmcs._tcp} lookup for a domain with the computer's own DNS, made once per run and domain. */
    public DiscoveryResult kmsDiscovery(DnsDomain domain) throws InterruptedException {
        FutureTask<DiscoveryResult> lookup = discoveries.computeIfAbsent(domain,
                d -> new FutureTask<>(() -> network.discover(d, Optional.empty(), KMS_DISCOVERY_TIMEOUT)));
        return shared(lookup, "the KMS lookup");
    }

    public SystemHealth health() {
        return health;
    }

    /** The request to Microsoft's activation servers, made once per run (the internet and the clock check share it). */
    public OnlineReading onlineReading() throws InterruptedException {
        return shared(online, "the request to the activation servers");
    }

    /** Runs a network answer several checks share, or waits for the check that already runs it. */
    private static <T> T shared(FutureTask<T> task, String what) throws InterruptedException {
        task.run(); // the first caller asks; a later caller returns at once and waits below
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException) {
                throw new InterruptedException(what + " was cancelled");
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(what + " failed", e.getCause());
        }
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
