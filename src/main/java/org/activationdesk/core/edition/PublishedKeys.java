package org.activationdesk.core.edition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.port.MachineInfo;

/**
 * Picks Microsoft's published KMS client key (GVLK) for the installed edition and version, the key that turns this
 * computer into a KMS client. Pure and offline; the key is public and no licence.
 */
public final class PublishedKeys {

    private static final String EVAL = "Eval";
    private static final String CORE_SUFFIX = "Cor";

    /**
     * Client Windows versions by build, as gvlk.tsv names them: from Microsoft's Windows release information, like
     * {@link EditionRules#SERVER_VERSIONS}. LTSC editions have keys of their own per release.
     */
    private static final Map<Integer, String> LTSC_RELEASES = Map.of(
            10240, "LTSB 2015", 14393, "LTSB 2016", 17763, "LTSC 2019", 19044, "LTSC 2021", 26100, "LTSC 2024");
    private static final int FIRST_WINDOWS_11 = 22000;
    private static final int FIRST_WINDOWS_10 = 10240;

    private PublishedKeys() {
    }

    /**
     * The published key for this computer: same edition (an evaluation's full edition, a Server Core installation's
     * edition) and a version the key is listed for. When the build is not in our tables, a key is still given if the
     * edition has only one published key.
     *
     * @return empty when Microsoft publishes no KMS client key for the edition and version (Home editions have none)
     */
    public static Optional<GvlkCatalog.Entry> forMachine(GvlkCatalog catalog, MachineInfo machine) {
        String edition = lookupEdition(machine.editionId());
        boolean server = ProductFamily.of(machine) == ProductFamily.SERVER;
        List<GvlkCatalog.Entry> candidates = catalog.entries().stream()
                .filter(e -> edition.equalsIgnoreCase(e.editionId()) && e.isServer() == server).toList();
        List<String> versions = installedVersions(machine, edition, server);
        Optional<GvlkCatalog.Entry> listed = candidates.stream().filter(e -> versions.contains(e.osVersion())).findFirst();
        if (listed.isPresent() || !versions.isEmpty()) {
            return listed;
        }
        boolean oneKey = candidates.stream().map(GvlkCatalog.Entry::key).distinct().count() == 1;
        return oneKey ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * The version label of the installed Windows as gvlk.tsv writes it ("2019", "10", "10 LTSC 2021"), or empty when
     * the build is not in our tables.
     */
    public static String installedVersion(MachineInfo machine) {
        String edition = lookupEdition(machine.editionId());
        List<String> versions = installedVersions(machine, edition, ProductFamily.of(machine) == ProductFamily.SERVER);
        return versions.isEmpty() ? "" : versions.get(0);
    }

    /** The edition whose key an installation takes: an evaluation's full edition, Core installations without Cor. */
    private static String lookupEdition(String editionId) {
        String full = editionId.replace(EVAL, "");
        return full.endsWith(CORE_SUFFIX) ? full.substring(0, full.length() - CORE_SUFFIX.length()) : full;
    }

    private static List<String> installedVersions(MachineInfo machine, String edition, boolean server) {
        int build = machine.build();
        if (server) {
            return EditionRules.SERVER_VERSIONS.getOrDefault(build, List.of());
        }
        if (edition.startsWith("EnterpriseS") || edition.startsWith("IoTEnterpriseS")) {
            String release = LTSC_RELEASES.get(build);
            if (release == null) {
                return List.of();
            }
            String prefix = edition.startsWith("IoT") ? "IoT " : build >= FIRST_WINDOWS_11 ? "11 " : "10 ";
            return List.of(prefix + release);
        }
        if (build >= FIRST_WINDOWS_11) {
            return List.of("11");
        }
        if (build >= FIRST_WINDOWS_10) {
            return List.of("10");
        }
        return switch (build) {
            case 9600 -> List.of("8.1");
            case 9200 -> List.of("8");
            case 7600, 7601 -> List.of("7");
            case 6000, 6001, 6002 -> List.of("Vista");
            default -> List.of();
        };
    }
}
