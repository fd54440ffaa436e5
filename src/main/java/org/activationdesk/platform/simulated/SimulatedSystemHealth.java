package org.activationdesk.platform.simulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.core.volume.ProbeState;

/**
 * Practice mode's computer: the service, the internet, the clocks and a pending restart as the scenario's
 * {@code system} section says, in the same readings as the real computer. Sends nothing anywhere. Without the section
 * every answer is "the scenario does not say"; an edition change made in practice leaves a restart pending either way.
 */
public final class SimulatedSystemHealth implements SystemHealth {

    /** A practice answer is exact; this is what the real Date header's whole seconds would cost at best. */
    private static final Duration HTTP_DATE_PRECISION = Duration.ofSeconds(1);
    private static final Duration NTP_PRECISION = Duration.ofMillis(50);

    private final Optional<ScenarioHealth> health;
    private final ScenarioNetwork network;
    private final BooleanSupplier editionChangePending;
    private final Clock clock;
    private final Duration latency;

    /**
     * @param editionChangePending whether the practice machine's edition was changed (a restart then waits)
     * @param clock                the true time; the practice computer's clock is off it by the scenario's offset
     * @param latency              how long each call pretends to take; zero in tests
     */
    public SimulatedSystemHealth(Scenario scenario, BooleanSupplier editionChangePending, Clock clock, Duration latency) {
        this.health = scenario.health();
        this.network = scenario.network();
        this.editionChangePending = editionChangePending;
        this.clock = clock;
        this.latency = latency;
    }

    @Override
    public ServiceReading licensingService(Duration timeout) throws InterruptedException {
        pause();
        return health.map(h -> switch (h.service()) {
            case RUNNING -> ServiceReading.of(ServiceReading.State.RUNNING, ServiceReading.StartMode.AUTOMATIC);
            case STOPPED -> ServiceReading.of(ServiceReading.State.STOPPED, ServiceReading.StartMode.AUTOMATIC);
            case DISABLED -> ServiceReading.of(ServiceReading.State.STOPPED, ServiceReading.StartMode.DISABLED);
        }).orElseGet(() -> ServiceReading.unknown(notSaid()));
    }

    @Override
    public OnlineReading activationServers(Duration timeout) throws InterruptedException {
        pause();
        String target = OnlineReading.ACTIVATION_SERVER;
        if (health.isEmpty()) {
            return OnlineReading.unknown(target, notSaid());
        }
        ScenarioHealth h = health.get();
        OnlineReading.ProxySource source = OnlineReading.ProxySource.SCENARIO;
        return switch (h.internet()) {
            case REACHABLE -> OnlineReading.reachable(target, h.proxy(), source, 200, Optional.of(
                    TimeReading.measured(OnlineReading.host(target) + " (HTTPS Date)", localNow(h), h.clockOffset(), HTTP_DATE_PRECISION)));
            case TLS_INSPECTED -> OnlineReading.intercepted(target, h.proxy(), source, h.issuer().orElseThrow(),
                    "practice");
            case PROXY_AUTHENTICATION -> OnlineReading.of(h.internet().outcome(), target, h.proxy(), source, 407,
                    "practice");
            default -> OnlineReading.of(h.internet().outcome(), target, h.proxy(), source, 0, "practice");
        };
    }

    @Override
    public TimeReading hostTime(String host, Duration timeout) throws InterruptedException {
        pause();
        String source = host + " (NTP)";
        if (health.isEmpty()) {
            return TimeReading.unknown(source, clock.instant(), notSaid());
        }
        // A KMS host of the scenario that answers its port tells its time too; any other host stays silent.
        boolean answers = network.host(host).map(e -> e.getValue().state() == ProbeState.KMS).orElse(false);
        if (!answers) {
            return TimeReading.unknown(source, localNow(health.get()), UnknownFact.of(UnknownFact.Reason.TIMED_OUT));
        }
        ScenarioHealth h = health.get();
        return TimeReading.measured(source, localNow(h), h.clockOffset().minus(h.kmsHostClockOffset()), NTP_PRECISION);
    }

    @Override
    public RestartReading pendingRestart(Duration timeout) throws InterruptedException {
        pause();
        Set<RestartReading.Marker> markers = EnumSet.noneOf(RestartReading.Marker.class);
        health.ifPresent(h -> markers.addAll(h.pendingRestart()));
        if (editionChangePending.getAsBoolean()) {
            // UNVERIFIED which marker DISM /Set-Edition leaves; servicing is where DISM's changes wait.
            markers.add(RestartReading.Marker.COMPONENT_SERVICING);
        }
        return markers.isEmpty() && health.isEmpty() ? RestartReading.unknown(notSaid()) : RestartReading.of(markers);
    }

    @Override
    public boolean isPractice() {
        return true;
    }

    /** The practice computer's own clock: the true time, off by the scenario's offset. */
    private Instant localNow(ScenarioHealth h) {
        return clock.instant().plus(h.clockOffset());
    }

    private static UnknownFact notSaid() {
        return UnknownFact.of(UnknownFact.Reason.NOT_IN_SCENARIO);
    }

    private void pause() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled");
        }
        if (!latency.isZero()) {
            Thread.sleep(latency.toMillis());
        }
    }
}
