package org.activationdesk.core.port;

import java.time.Duration;
import java.time.Instant;

/**
 * The computer around the licensing service, as far as activation depends on it: the Software Protection service,
 * the way to Microsoft's activation servers, the clock, and a pending restart. Every call only reads: nothing here
 * starts a service, sets the clock, changes a proxy or restarts anything.
 *
 * <p>Implemented by the real computer (the Windows bridge and the network) and by practice mode's scenario. Every
 * call blocks for at most about {@code timeout} and gives up at once when the calling thread is interrupted; a fact
 * that cannot be read comes back as an {@link UnknownFact}, not as an exception. Never call it on the JavaFX
 * application thread.
 */
public interface SystemHealth {

    /** The Software Protection service (sppsvc): its state and startup type. */
    ServiceReading licensingService(Duration timeout) throws InterruptedException;

    /** One HTTPS request to Microsoft's activation servers, through the proxy online activation would use. */
    OnlineReading activationServers(Duration timeout) throws InterruptedException;

    /**
     * The clock of a host of the organization's own, such as its KMS host, asked with one NTP query (the host must
     * serve time, as domain controllers do). Never asks any other host than the one given.
     */
    TimeReading hostTime(String host, Duration timeout) throws InterruptedException;

    /** The restart Windows is waiting for, if any. */
    RestartReading pendingRestart(Duration timeout) throws InterruptedException;

    /** Whether the answers come from a practice scenario rather than from this computer. */
    default boolean isPractice() {
        return false;
    }

    /** Knows nothing: every answer is "unknown" for {@code reason}. For compositions without a way to read these. */
    static SystemHealth unknown(UnknownFact.Reason reason) {
        UnknownFact why = UnknownFact.of(reason);
        return new SystemHealth() {
            @Override
            public ServiceReading licensingService(Duration timeout) {
                return ServiceReading.unknown(why);
            }

            @Override
            public OnlineReading activationServers(Duration timeout) {
                return OnlineReading.unknown("", why);
            }

            @Override
            public TimeReading hostTime(String host, Duration timeout) {
                return TimeReading.unknown(host, Instant.now(), why);
            }

            @Override
            public RestartReading pendingRestart(Duration timeout) {
                return RestartReading.unknown(why);
            }
        };
    }
}
