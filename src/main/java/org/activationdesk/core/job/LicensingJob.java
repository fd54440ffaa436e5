package org.activationdesk.core.job;

import java.util.List;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * One change to the machine's licensing, as one object: it says what it will change, checks what must
 * hold first, and runs. Running writes exactly one line to the action journal, success or not.
 * There is no undo: activation cannot be taken back.
 */
public interface LicensingJob {

    /** What will change, in the user's language, before anything runs. */
    String describe(Messages messages);

    /** The preconditions this snapshot does not meet; empty means the job may run. */
    List<Precondition> unmetPreconditions(MachineSnapshot snapshot);

    /** Runs the change. Blocks: call it off the JavaFX thread. */
    void execute() throws LicensingException;
}
