package org.activationdesk.platform.simulated;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;

/**
 * Practice mode's licensing service: answers like the Windows service would in the scenario's situation,
 * and changes its own state (never the machine's) when the user acts. Identifies keys by the ranges the scenario
 * declares, as Windows does with its pkeyconfig. Thread-safe.
 */
public final class SimulatedLicensingService implements LicensingService, RdsLicensingService, KeyConfigurations {

    /** A KMS activation is valid for 180 days. */
    static final long KMS_VALIDITY_MINUTES = Duration.ofDays(180).toMinutes();
    static final Hresult NOT_INSTALLED = new Hresult(0xC004F014); // SL_E_PKEY_NOT_INSTALLED

    private final Scenario scenario;
    private final Clock clock;
    private final Duration latency;
    private final Map<String, LicensingProduct> products = new LinkedHashMap<>();

    /**
     * @param latency how long each call pretends to take, so practice feels like the real service
     *                (the real one often takes seconds); zero in tests
     */
    public SimulatedLicensingService(Scenario scenario, Clock clock, Duration latency) {
        this.scenario = scenario;
        this.clock = clock;
        this.latency = latency;
        scenario.products().forEach(p -> products.put(p.activationId().toLowerCase(), p));
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public synchronized MachineSnapshot snapshot() {
        return new MachineSnapshot(scenario.machine(), products.values().stream().toList(), clock.instant());
    }

    @Override
    public void activateOnline(String activationId) throws LicensingException {
        pause();
        synchronized (this) {
            LicensingProduct product = products.get(activationId.toLowerCase());
            if (product == null || product.partialKey() == null) {
                throw new LicensingException(NOT_INSTALLED, "No product key is installed for this product");
            }
            Hresult outcome = scenario.onlineActivationOutcome();
            if (outcome.isFailure()) {
                products.put(key(product), product.withState(product.licenseStatus(), product.graceMinutes(),
                        product.reason(), outcome));
                throw new LicensingException(outcome, "Activation failed");
            }
            long validity = product.channel() == Channel.KMS_CLIENT ? KMS_VALIDITY_MINUTES : 0;
            products.put(key(product), product.withState(LicenseStatus.LICENSED, validity, Hresult.S_OK, null));
        }
    }

    @Override
    public Optional<RdsLicenseServer> licenseServer() {
        return scenario.rds();
    }

    @Override
    public Optional<KeyConfiguration> find(int groupId, long serial) {
        return scenario.keyConfigurations().stream().filter(c -> c.covers(groupId, serial)).findFirst();
    }

    private static String key(LicensingProduct product) {
        return product.activationId().toLowerCase();
    }

    private void pause() throws LicensingException {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LicensingException(new Hresult(0x800704C7), "Cancelled"); // ERROR_CANCELLED
        }
    }
}
