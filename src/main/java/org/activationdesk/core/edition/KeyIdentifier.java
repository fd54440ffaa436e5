package org.activationdesk.core.edition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.key.Pkey2009;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;

/**
 * Identifies a key offline: first Microsoft's published KMS client keys, then the machine's key configurations by
 * group and serial (key-formats.md §7 steps 6–7). Never installs or activates anything.
 */
public final class KeyIdentifier {

    private static final String GVLK_TYPE = "Volume:GVLK";

    private final GvlkCatalog catalog;
    private final KeyConfigurations configurations;

    public KeyIdentifier(GvlkCatalog catalog, KeyConfigurations configurations) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.configurations = Objects.requireNonNull(configurations, "configurations");
    }

    /** Published keys only; for when no machine is at hand. */
    public static KeyIdentifier publishedKeysOnly() {
        return new KeyIdentifier(GvlkCatalog.builtIn(), KeyConfigurations.NONE);
    }

    public KeyIdentity identify(ProductKey key) {
        KeyFormat format = key.format();
        Integer groupId = null;
        Long serial = null;
        Optional<KeyConfiguration> configuration = Optional.empty();
        if (format == KeyFormat.PKEY2009) {
            Pkey2009.Decoded decoded = Pkey2009.decode(key);
            groupId = decoded.groupId();
            serial = decoded.serial();
            configuration = configurations.find(decoded.groupId(), decoded.serial());
        }
        List<GvlkCatalog.Entry> published = catalog.find(key);
        if (!published.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            Set<String> versions = new LinkedHashSet<>();
            String editionId = null;
            for (GvlkCatalog.Entry entry : published) {
                names.add(entry.editionName());
                versions.add(entry.osVersion());
                editionId = editionId == null ? entry.editionId() : editionId;
            }
            if (editionId == null) {
                // Microsoft documents no EditionID for this key (Essentials, SAC...): the machine may know it.
                editionId = configuration.map(KeyConfiguration::editionId).orElse(null);
            }
            ProductFamily family = published.get(0).isServer() ? ProductFamily.SERVER : ProductFamily.CLIENT;
            return new KeyIdentity(format, groupId, serial, KeyIdentity.Source.PUBLISHED_GVLK,
                    String.join(" / ", names), editionId, GVLK_TYPE, family, List.copyOf(versions));
        }
        if (configuration.isPresent()) {
            KeyConfiguration c = configuration.get();
            return new KeyIdentity(format, groupId, serial, KeyIdentity.Source.KEY_CONFIGURATION, c.description(),
                    c.editionId(), c.productKeyType(), ProductFamily.ofEdition(c.editionId()), List.of());
        }
        return new KeyIdentity(format, groupId, serial, KeyIdentity.Source.NONE, null, null, null,
                ProductFamily.UNKNOWN, List.of());
    }
}
