package org.activationdesk.core.port;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The restart Windows is waiting for, by the markers it leaves in the registry.
 *
 * @param markers the markers found; none when Windows waits for nothing (or nothing could be read)
 * @param unknown what could not be read, if anything: with no marker found, the answer is then unknown
 */
public record RestartReading(Set<Marker> markers, Optional<UnknownFact> unknown) {

    /** The documented places where Windows notes a pending restart. */
    public enum Marker {
        /** {@code HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending}: servicing (updates, features, DISM edition changes). */
        COMPONENT_SERVICING,
        /** {@code HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired}. */
        WINDOWS_UPDATE,
        /** {@code HKLM\SYSTEM\CurrentControlSet\Control\Session Manager}, value {@code PendingFileRenameOperations}. */
        FILE_RENAME
    }

    public RestartReading {
        markers = markers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(markers));
        Objects.requireNonNull(unknown, "unknown");
    }

    public static RestartReading of(Set<Marker> markers) {
        return new RestartReading(markers, Optional.empty());
    }

    public static RestartReading unknown(UnknownFact why) {
        return new RestartReading(Set.of(), Optional.of(why));
    }

    public boolean pending() {
        return !markers.isEmpty();
    }

    /** The markers in their declared order, for evidence that reads the same every time. */
    public Set<Marker> ordered() {
        return markers.isEmpty() ? Set.of() : EnumSet.copyOf(markers);
    }
}
