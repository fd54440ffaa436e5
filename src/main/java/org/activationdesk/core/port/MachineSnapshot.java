package org.activationdesk.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything the licensing service said about this machine at one moment. Immutable. */
public record MachineSnapshot(MachineInfo machine, List<LicensingProduct> products, Instant takenAt) {

    public MachineSnapshot {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(takenAt, "takenAt");
        products = List.copyOf(products);
    }

    /**
     * The Windows product the helpdesk is asked about: the one with a key installed. Windows has
     * exactly one in practice; when there are several, the first licensed one wins, else the first.
     */
    public Optional<LicensingProduct> windowsProduct() {
        return products.stream().filter(LicensingProduct::isActivated).findFirst()
                .or(() -> products.stream().findFirst());
    }

    public Optional<LicensingProduct> product(String activationId) {
        return products.stream().filter(p -> p.activationId().equalsIgnoreCase(activationId)).findFirst();
    }
}
