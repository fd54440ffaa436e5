package org.activationdesk.core.job;

import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;

/** Collects the preconditions a snapshot does not meet, in the order the user should fix them. */
final class Jobs {

    private final List<Precondition> unmet = new ArrayList<>();

    private Jobs() {
    }

    /** Every change but a KMS activation needs an administrator token; that comes first. */
    static Jobs elevated(MachineSnapshot snapshot) {
        return new Jobs().unless(snapshot.machine().elevated(), Precondition.ELEVATION);
    }

    static Jobs none() {
        return new Jobs();
    }

    /** Whether the product still has a key in this (fresh) snapshot: the user may have removed it meanwhile. */
    static boolean hasKey(MachineSnapshot snapshot, LicensingProduct product) {
        return snapshot.product(product.activationId()).map(p -> p.partialKey() != null).orElse(false);
    }

    Jobs unless(boolean holds, Precondition precondition) {
        if (!holds) {
            unmet.add(precondition);
        }
        return this;
    }

    List<Precondition> unmet() {
        return List.copyOf(unmet);
    }
}
