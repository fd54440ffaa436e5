package org.activationdesk.platform.windows;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.platform.windows.wmi.ComWmiGateway;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;

/**
 * The Windows half of the system health port: the Software Protection service through WMI's Win32_Service, and a
 * pending restart through the registry markers Windows leaves. Both only read; the service is never started or
 * reconfigured here.
 */
public final class WindowsSystemState {

    static final String SERVICE = "sppsvc";
    static final String COMPONENT_SERVICING =
            "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending";
    static final String WINDOWS_UPDATE =
            "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\RebootRequired";
    static final String SESSION_MANAGER = "SYSTEM\\CurrentControlSet\\Control\\Session Manager";
    static final String FILE_RENAMES = "PendingFileRenameOperations";
    /** HRESULT_FROM_WIN32(ERROR_CANCELLED), what the COM thread reports for an interrupted call. */
    private static final int CANCELLED = 0x800704C7;
    private static final int WIN32_ACCESS_DENIED = 0x80070005;

    private final WmiGateway wmi;
    private final Registry registry;

    WindowsSystemState(WmiGateway wmi, Registry registry) {
        this.wmi = wmi;
        this.registry = registry;
    }

    /**
     * On this Windows machine, with a WMI connection of its own: a service query never waits behind a slow licensing
     * read on the licensing service's connection.
     */
    public static WindowsSystemState open() {
        return new WindowsSystemState(new ComWmiGateway(), new NativeRegistry());
    }

    public ServiceReading licensingService(Duration timeout) throws InterruptedException {
        List<WmiObject<WmiSchema.Win32Service>> rows;
        try {
            rows = wmi.query(WmiSchema.WIN32_SERVICE, "Name='" + SERVICE + "'", timeout);
        } catch (WindowsCallException e) {
            return ServiceReading.unknown(unknown(e));
        }
        if (rows.isEmpty()) {
            return ServiceReading.of(ServiceReading.State.NOT_INSTALLED, ServiceReading.StartMode.UNKNOWN);
        }
        try {
            WmiObject<WmiSchema.Win32Service> service = rows.get(0);
            String stateText = service.string(WmiSchema.Win32Service.State).orElse("");
            ServiceReading.State state = state(stateText);
            if (state == ServiceReading.State.UNKNOWN) {
                return ServiceReading.unknown(new UnknownFact(UnknownFact.Reason.FAILED, "State=" + stateText));
            }
            return ServiceReading.of(state, startMode(service.string(WmiSchema.Win32Service.StartMode).orElse("")));
        } catch (WindowsCallException mismatch) {
            return ServiceReading.unknown(unknown(mismatch));
        }
    }

    public RestartReading pendingRestart(Duration timeout) throws InterruptedException {
        // Registry reads are local and answer at once; the timeout is for the port's contract.
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled");
        }
        Set<RestartReading.Marker> markers = EnumSet.noneOf(RestartReading.Marker.class);
        Optional<UnknownFact> unreadable = Optional.empty();
        try {
            if (registry.keyExists(COMPONENT_SERVICING)) {
                markers.add(RestartReading.Marker.COMPONENT_SERVICING);
            }
        } catch (WindowsCallException e) {
            unreadable = Optional.of(unknown(e));
        }
        try {
            if (registry.keyExists(WINDOWS_UPDATE)) {
                markers.add(RestartReading.Marker.WINDOWS_UPDATE);
            }
        } catch (WindowsCallException e) {
            unreadable = Optional.of(unknown(e));
        }
        try {
            // An empty list is no pending rename; some installers leave the value behind with nothing in it.
            if (registry.multiString(SESSION_MANAGER, FILE_RENAMES).map(v -> v.stream().anyMatch(s -> !s.isBlank()))
                    .orElse(false)) {
                markers.add(RestartReading.Marker.FILE_RENAME);
            }
        } catch (WindowsCallException e) {
            unreadable = Optional.of(unknown(e));
        }
        return new RestartReading(markers, unreadable);
    }

    /** Win32_Service.State: "Running", "Stopped", "Start Pending", ... */
    static ServiceReading.State state(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "running" -> ServiceReading.State.RUNNING;
            case "stopped" -> ServiceReading.State.STOPPED;
            case "start pending", "continue pending" -> ServiceReading.State.START_PENDING;
            case "stop pending", "pause pending" -> ServiceReading.State.STOP_PENDING;
            case "paused" -> ServiceReading.State.PAUSED;
            default -> ServiceReading.State.UNKNOWN;
        };
    }

    /** Win32_Service.StartMode: "Auto", "Manual", "Disabled", "Boot", "System". */
    static ServiceReading.StartMode startMode(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> ServiceReading.StartMode.AUTOMATIC;
            case "manual" -> ServiceReading.StartMode.MANUAL;
            case "disabled" -> ServiceReading.StartMode.DISABLED;
            case "boot", "system" -> ServiceReading.StartMode.OTHER;
            default -> ServiceReading.StartMode.UNKNOWN;
        };
    }

    private static UnknownFact unknown(WindowsCallException e) throws InterruptedException {
        int code = e.code().value();
        if (code == CANCELLED && Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw new InterruptedException(e.call() + " was cancelled");
        }
        UnknownFact.Reason reason = code == WmiGateway.TIMEOUT ? UnknownFact.Reason.TIMED_OUT
                : code == WmiGateway.ACCESS_DENIED || code == WIN32_ACCESS_DENIED ? UnknownFact.Reason.ACCESS_DENIED
                : UnknownFact.Reason.FAILED;
        return new UnknownFact(reason, e.code().toString());
    }
}
