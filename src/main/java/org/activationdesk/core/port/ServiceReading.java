package org.activationdesk.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * The Software Protection service (sppsvc) as the service manager reports it: its state and its startup type.
 *
 * @param unknown why it could not be read; present exactly when the state is {@link State#UNKNOWN}
 */
public record ServiceReading(State state, StartMode startMode, Optional<UnknownFact> unknown) {

    /** Win32_Service.State, and two states of our own for a service that is missing or could not be read. */
    public enum State {
        RUNNING, STOPPED, START_PENDING, STOP_PENDING, PAUSED, NOT_INSTALLED, UNKNOWN
    }

    /** Win32_Service.StartMode; boot and system start never apply to sppsvc and read as OTHER. */
    public enum StartMode {
        AUTOMATIC, MANUAL, DISABLED, OTHER, UNKNOWN
    }

    public ServiceReading {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startMode, "startMode");
        Objects.requireNonNull(unknown, "unknown");
        if ((state == State.UNKNOWN) != unknown.isPresent()) {
            throw new IllegalArgumentException("a reason goes with an unknown state, and only with it");
        }
    }

    public static ServiceReading of(State state, StartMode startMode) {
        return new ServiceReading(state, startMode, Optional.empty());
    }

    public static ServiceReading unknown(UnknownFact why) {
        return new ServiceReading(State.UNKNOWN, StartMode.UNKNOWN, Optional.of(why));
    }

    /** Windows refuses to start a disabled service: licensing calls then fail with 0x80070422. */
    public boolean disabled() {
        return startMode == StartMode.DISABLED;
    }
}
