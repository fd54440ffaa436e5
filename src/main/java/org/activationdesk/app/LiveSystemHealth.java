package org.activationdesk.app;

import java.net.ProxySelector;
import java.time.Duration;
import java.util.Optional;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.SystemHealth;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.net.ActivationServerProbe;
import org.activationdesk.net.NetworkHealth;
import org.activationdesk.platform.windows.WinHttpProxy;
import org.activationdesk.platform.windows.WindowsSystemState;

/**
 * This computer's system health: the Windows bridge for the Software Protection service and the restart markers
 * (on any other system those are "unknown: not Windows"), the network for the activation servers and the KMS host's
 * clock. The proxy is WinHTTP's when it names one (Windows services use it), else this user's system setting.
 */
final class LiveSystemHealth implements SystemHealth {

    private static final String USE_SYSTEM_PROXIES = "java.net.useSystemProxies";

    private final Optional<WindowsSystemState> windows;
    private final NetworkHealth network;

    /** Package-private for the tests that put a recorded Windows machine and a closed proxy under it. */
    LiveSystemHealth(Optional<WindowsSystemState> windows, NetworkHealth network) {
        this.windows = windows;
        this.network = network;
    }

    static LiveSystemHealth forThisComputer() {
        // Java reads the operating system's proxy settings only when asked before its proxy selector first loads.
        if (System.getProperty(USE_SYSTEM_PROXIES) == null) {
            System.setProperty(USE_SYSTEM_PROXIES, "true");
        }
        Optional<WindowsSystemState> local = Optional.empty();
        if (AppPaths.isWindows()) {
            try {
                local = Optional.of(WindowsSystemState.open());
            } catch (LinkageError | RuntimeException bridgeUnavailable) {
                // Without JNA the service and the registry cannot be read; the checks say so.
            }
        }
        return new LiveSystemHealth(local, new NetworkHealth(LiveSystemHealth::proxySetting));
    }

    private static ActivationServerProbe.ProxySetting proxySetting() {
        if (AppPaths.isWindows()) {
            try {
                Optional<WinHttpProxy> winHttp = WinHttpProxy.read();
                if (winHttp.isPresent()) {
                    return new ActivationServerProbe.ProxySetting(winHttp.get(), OnlineReading.ProxySource.WINHTTP);
                }
            } catch (LinkageError | RuntimeException unreadable) {
                // WinHTTP's setting cannot be read: this user's setting is the next best answer.
            }
        }
        return new ActivationServerProbe.ProxySetting(ProxySelector.getDefault(), OnlineReading.ProxySource.SYSTEM);
    }

    @Override
    public ServiceReading licensingService(Duration timeout) throws InterruptedException {
        return windows.isPresent() ? windows.get().licensingService(timeout) : ServiceReading.unknown(notHere());
    }

    @Override
    public OnlineReading activationServers(Duration timeout) throws InterruptedException {
        return network.activationServers(timeout);
    }

    @Override
    public TimeReading hostTime(String host, Duration timeout) throws InterruptedException {
        return network.hostTime(host, timeout);
    }

    @Override
    public RestartReading pendingRestart(Duration timeout) throws InterruptedException {
        return windows.isPresent() ? windows.get().pendingRestart(timeout) : RestartReading.unknown(notHere());
    }

    /** Not Windows, or Windows whose bridge could not be loaded. */
    private static UnknownFact notHere() {
        return UnknownFact.of(AppPaths.isWindows() ? UnknownFact.Reason.NOT_AVAILABLE : UnknownFact.Reason.NOT_WINDOWS);
    }
}
