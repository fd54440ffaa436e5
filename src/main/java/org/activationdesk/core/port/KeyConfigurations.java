package org.activationdesk.core.port;

import java.util.Optional;

/**
 * Which edition and channel a product key is for, by its decoded group ID and serial. On Windows this is the
 * machine's own pkeyconfig, read at runtime and never shipped (key-formats.md §1.9, §1.10); in practice mode the
 * scenario declares its ranges. A port, so identification stays offline and side-effect free: nothing here
 * installs or activates a key.
 */
public interface KeyConfigurations {

    /** Knows no configuration: only published keys can then be identified. */
    KeyConfigurations NONE = (groupId, serial) -> Optional.empty();

    /**
     * The configuration covering this group and serial, or empty when this machine knows none (a key for another
     * product family or version, a typo that passed the checksum, or a configuration that cannot be read).
     */
    Optional<KeyConfiguration> find(int groupId, long serial);
}
