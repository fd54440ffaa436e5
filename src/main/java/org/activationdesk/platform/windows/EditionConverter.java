package org.activationdesk.platform.windows;

import org.activationdesk.core.key.ProductKey;

/** Converts the installed edition with a key for the target edition; the machine must restart afterwards. */
interface EditionConverter {

    void convert(String targetEditionId, ProductKey key) throws WindowsCallException;
}
