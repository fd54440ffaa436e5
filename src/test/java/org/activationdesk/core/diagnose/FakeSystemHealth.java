package org.activationdesk.core.diagnose;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;

/**
 * A computer for diagnostics tests, healthy unless told otherwise: the service runs, Microsoft answers directly with
 * the right time, no restart waits, and no host tells its time. Calls are counted.
 */
public final class FakeSystemHealth implements SystemHealth {

    public static final Instant NOW = DiagnoseFixtures.NOW;

    private volatile ServiceReading service = ServiceReading.of(ServiceReading.State.RUNNING,
            ServiceReading.StartMode.AUTOMATIC);
    private volatile OnlineReading online = reachable(Duration.ZERO);
    private volatile RestartReading restart = RestartReading.of(Set.of());
    private final Map<String, TimeReading> hosts = new HashMap<>();
    private volatile boolean practice;
    private final AtomicInteger onlineRequests = new AtomicInteger();
    private final AtomicInteger hostQueries = new AtomicInteger();

    /** Microsoft answered directly, this computer's clock {@code offset} off its Date. */
    public static OnlineReading reachable(Duration offset) {
        return OnlineReading.reachable(OnlineReading.ACTIVATION_SERVER, Optional.empty(),
                OnlineReading.ProxySource.SYSTEM, 200, Optional.of(TimeReading.measured(
                        OnlineReading.host(OnlineReading.ACTIVATION_SERVER) + " (HTTPS Date)", NOW.plus(offset), offset,
                        Duration.ofMillis(600))));
    }

    public FakeSystemHealth service(ServiceReading reading) {
        service = reading;
        return this;
    }

    public FakeSystemHealth online(OnlineReading reading) {
        online = reading;
        return this;
    }

    public FakeSystemHealth restart(RestartReading reading) {
        restart = reading;
        return this;
    }

    /** The host tells its time: this computer's clock is {@code offset} off it. */
    public synchronized FakeSystemHealth hostClock(String host, Duration offset) {
        hosts.put(host, TimeReading.measured(host + " (NTP)", NOW.plus(offset), offset, Duration.ofMillis(20)));
        return this;
    }

    public FakeSystemHealth practice() {
        practice = true;
        return this;
    }

    public int onlineRequests() {
        return onlineRequests.get();
    }

    public int hostQueries() {
        return hostQueries.get();
    }

    @Override
    public ServiceReading licensingService(Duration timeout) {
        return service;
    }

    @Override
    public OnlineReading activationServers(Duration timeout) {
        onlineRequests.incrementAndGet();
        return online;
    }

    @Override
    public synchronized TimeReading hostTime(String host, Duration timeout) {
        hostQueries.incrementAndGet();
        return hosts.getOrDefault(host, TimeReading.unknown(host + " (NTP)", NOW,
                UnknownFact.of(UnknownFact.Reason.TIMED_OUT)));
    }

    @Override
    public RestartReading pendingRestart(Duration timeout) {
        return restart;
    }

    @Override
    public boolean isPractice() {
        return practice;
    }
}
