package org.activationdesk.core.port;

import java.util.List;
import org.activationdesk.core.phone.PhoneRegion;

/**
 * Where to call for phone activation, by country or region. On Windows it is read from the machine's own directory
 * at run time (never shipped with the app, as numbers change); in practice mode it lists the practice line.
 */
public interface PhoneDirectory {

    /** The regions in the directory's order. May read a file: not on the JavaFX thread. */
    List<PhoneRegion> regions() throws LicensingException;
}
