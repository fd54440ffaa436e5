package org.activationdesk.platform.windows;

import java.util.List;
import java.util.Optional;

/** Reads of {@code HKEY_LOCAL_MACHINE}, in the 64-bit view; nothing is ever written. */
interface Registry {

    /** Whether the key exists. */
    boolean keyExists(String path) throws WindowsCallException;

    /** A REG_MULTI_SZ value; empty when the value or its key does not exist. */
    Optional<List<String>> multiString(String path, String name) throws WindowsCallException;
}
