package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.RestartReading;
import org.activationdesk.core.port.ServiceReading;
import org.activationdesk.core.port.ServiceReading.StartMode;
import org.activationdesk.core.port.ServiceReading.State;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Software Protection service from recorded Win32_Service rows, and the restart markers from a fake registry. */
class WindowsSystemStateTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Keys and multi-string values set per test; a path can be made to fail with an HRESULT. */
    private static final class FakeRegistry implements Registry {
        final Set<String> keys = new HashSet<>();
        final Map<String, List<String>> values = new HashMap<>();
        final Map<String, Integer> failures = new HashMap<>();

        @Override
        public boolean keyExists(String path) throws WindowsCallException {
            fail(path);
            return keys.contains(path);
        }

        @Override
        public Optional<List<String>> multiString(String path, String name) throws WindowsCallException {
            fail(path + "\\" + name);
            return Optional.ofNullable(values.get(path + "\\" + name));
        }

        private void fail(String path) throws WindowsCallException {
            Integer code = failures.get(path);
            if (code != null) {
                throw new WindowsCallException("RegOpenKeyEx " + path, new Hresult(code));
            }
        }
    }

    private final FakeRegistry registry = new FakeRegistry();

    private static RecordedWmi service(String state, String startMode) {
        return new RecordedWmi().rows(WmiSchema.WIN32_SERVICE,
                Map.of("Name", "sppsvc", "State", state, "StartMode", startMode));
    }

    @ParameterizedTest
    @CsvSource({
            "Running, Auto, RUNNING, AUTOMATIC",
            "Stopped, Auto, STOPPED, AUTOMATIC",
            "Stopped, Disabled, STOPPED, DISABLED",
            "Stopped, Manual, STOPPED, MANUAL",
            "Start Pending, Auto, START_PENDING, AUTOMATIC",
            "Stop Pending, Auto, STOP_PENDING, AUTOMATIC",
            "Paused, System, PAUSED, OTHER"})
    void theServiceIsReadAsWmiReportsIt(String state, String startMode, State expected, StartMode mode)
            throws Exception {
        RecordedWmi wmi = service(state, startMode);

        ServiceReading reading = new WindowsSystemState(wmi, registry).licensingService(TIMEOUT);

        assertThat(reading).isEqualTo(ServiceReading.of(expected, mode));
        assertThat(wmi.queries).containsExactly(new RecordedWmi.Query("Win32_Service", "Name='sppsvc'"));
        assertThat(wmi.calls).as("nothing is started or changed").isEmpty();
    }

    @Test
    void noRowMeansTheServiceIsNotInstalled() throws Exception {
        ServiceReading reading = new WindowsSystemState(new RecordedWmi(), registry).licensingService(TIMEOUT);

        assertThat(reading.state()).isEqualTo(State.NOT_INSTALLED);
    }

    @Test
    void aStateWmiDoesNotDocumentIsUnknownNotGuessed() throws Exception {
        ServiceReading reading = new WindowsSystemState(service("Degraded", "Auto"), registry).licensingService(TIMEOUT);

        assertThat(reading.unknown()).map(UnknownFact::detail).contains("State=Degraded");
    }

    @ParameterizedTest
    @CsvSource({"0x800705B4, TIMED_OUT", "0x80041003, ACCESS_DENIED", "0x80070005, ACCESS_DENIED",
            "0x80041010, FAILED"})
    void aFailedQueryIsUnknownWithItsReason(String code, UnknownFact.Reason reason) throws Exception {
        RecordedWmi wmi = new RecordedWmi().failQuery(WmiSchema.WIN32_SERVICE, Hresult.parseCanonical(code).value());

        ServiceReading reading = new WindowsSystemState(wmi, registry).licensingService(TIMEOUT);

        assertThat(reading.unknown()).contains(new UnknownFact(reason, code));
    }

    @Test
    void aValueOfTheWrongTypeIsUnknown() throws Exception {
        RecordedWmi wmi = new RecordedWmi().rows(WmiSchema.WIN32_SERVICE, Map.of("State", 4, "StartMode", "Auto"));

        ServiceReading reading = new WindowsSystemState(wmi, registry).licensingService(TIMEOUT);

        assertThat(reading.unknown()).map(UnknownFact::detail).contains(new Hresult(WmiObject.TYPE_MISMATCH).toString());
    }

    @Test
    void noMarkerNoRestart() throws Exception {
        RestartReading reading = new WindowsSystemState(new RecordedWmi(), registry).pendingRestart(TIMEOUT);

        assertThat(reading.pending()).isFalse();
        assertThat(reading.unknown()).isEmpty();
    }

    @Test
    void everyMarkerIsFound() throws Exception {
        registry.keys.add(WindowsSystemState.COMPONENT_SERVICING);
        registry.keys.add(WindowsSystemState.WINDOWS_UPDATE);
        registry.values.put(WindowsSystemState.SESSION_MANAGER + "\\" + WindowsSystemState.FILE_RENAMES,
                List.of("\\??\\C:\\Windows\\Temp\\old.dll", ""));

        RestartReading reading = new WindowsSystemState(new RecordedWmi(), registry).pendingRestart(TIMEOUT);

        assertThat(reading.ordered()).containsExactly(RestartReading.Marker.COMPONENT_SERVICING,
                RestartReading.Marker.WINDOWS_UPDATE, RestartReading.Marker.FILE_RENAME);
    }

    @Test
    void anEmptyRenameListIsNoPendingRename() throws Exception {
        registry.values.put(WindowsSystemState.SESSION_MANAGER + "\\" + WindowsSystemState.FILE_RENAMES,
                List.of("", " "));

        assertThat(new WindowsSystemState(new RecordedWmi(), registry).pendingRestart(TIMEOUT).pending()).isFalse();
    }

    @Test
    void aMarkerThatCannotBeReadMakesTheAnswerUnknownUnlessAnotherWasFound() throws Exception {
        registry.failures.put(WindowsSystemState.WINDOWS_UPDATE, 0x80070005);
        RestartReading unread = new WindowsSystemState(new RecordedWmi(), registry).pendingRestart(TIMEOUT);
        registry.keys.add(WindowsSystemState.COMPONENT_SERVICING);
        RestartReading found = new WindowsSystemState(new RecordedWmi(), registry).pendingRestart(TIMEOUT);

        assertThat(unread.pending()).isFalse();
        assertThat(unread.unknown()).map(UnknownFact::reason).contains(UnknownFact.Reason.ACCESS_DENIED);
        assertThat(found.markers()).containsExactly(RestartReading.Marker.COMPONENT_SERVICING);
    }
}
