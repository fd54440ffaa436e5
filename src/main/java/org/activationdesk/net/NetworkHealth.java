package org.activationdesk.net;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.TimeReading;

/**
 * The network half of the system health port: the request to Microsoft's activation servers (through the proxy the
 * setting names) and the time of one of the organization's own hosts. Stateless, so one serves every caller.
 */
public final class NetworkHealth {

    private final ActivationServerProbe activation;
    private final NtpClock ntp;

    /** @param proxies read for every request, so a changed proxy setting counts at once */
    public NetworkHealth(Supplier<ActivationServerProbe.ProxySetting> proxies) {
        this.activation = new ActivationServerProbe(proxies);
        this.ntp = new NtpClock(Clock.systemUTC());
    }

    public OnlineReading activationServers(Duration timeout) throws InterruptedException {
        return activation.probe(timeout);
    }

    public TimeReading hostTime(String host, Duration timeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled before it started");
        }
        return ntp.ask(host, timeout);
    }
}
