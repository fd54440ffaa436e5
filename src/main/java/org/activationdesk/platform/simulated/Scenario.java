package org.activationdesk.platform.simulated;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.core.port.RdsLicenseServer;

/**
 * A practice situation, fully loaded and checked: the machine, its products and how the simulated
 * service answers. Immutable; the simulated service keeps its own changing copy.
 *
 * @param id     the built-in name ({@code server2019-eval-expired}) or the file name without extension
 * @param source            where it was read from, for messages
 * @param keyConfigurations the key ranges the practice machine knows (its stand-in for pkeyconfig), maybe none
 * @param network           the SRV records and KMS hosts of the practice network; empty when the file has none
 */
public record Scenario(String id, String source, LocalizedString title, LocalizedString summary, MachineInfo machine,
                       List<LicensingProduct> products, Hresult onlineActivationOutcome,
                       Optional<RdsLicenseServer> rds, List<KeyConfiguration> keyConfigurations,
                       ScenarioNetwork network) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        products = List.copyOf(products);
        keyConfigurations = List.copyOf(keyConfigurations);
        Objects.requireNonNull(network, "network");
    }

    public PracticeScenario describe() {
        return new PracticeScenario(id, title, summary);
    }

    static Scenario from(String id, String source, ScenarioFile file) {
        return new Scenario(id, source, file.title().toDomain(), file.summary().toDomain(), file.machine().toDomain(),
                file.products().stream().map(ScenarioFile.Product::toDomain).toList(),
                ScenarioFile.onlineActivationOutcome(file.onlineActivation()),
                Optional.ofNullable(file.rds()).map(ScenarioFile.Rds::toDomain),
                ScenarioFile.keyConfigurations(file.keyConfigurations()),
                ScenarioFile.Network.toDomain(file.kmsNetwork()));
    }
}
