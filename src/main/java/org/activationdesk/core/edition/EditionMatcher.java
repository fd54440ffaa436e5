package org.activationdesk.core.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.MachineInfo;

/**
 * Decides whether an identified key fits the installed edition, and by which documented way it can be made to
 * (key-formats.md §4.2, §4.3; the rules themselves are data in {@link EditionRules}). Pure and offline.
 */
public final class EditionMatcher {

    private static final String EVAL = "Eval";
    private static final String CORE_SUFFIX = "Cor";

    private EditionMatcher() {
    }

    public static EditionMatch match(MachineInfo machine, KeyIdentity key) {
        String installed = machine.editionId();
        List<Caution> cautions = new ArrayList<>();
        if (key.channel() == Channel.KMS_HOST) {
            cautions.add(Caution.KMS_HOST_KEY);
        }
        if (!otherServerVersion(machine, key).isEmpty()) {
            cautions.add(Caution.KEY_FOR_OTHER_VERSION);
        }
        ProductFamily installedFamily = ProductFamily.of(machine);
        ProductFamily keyFamily = key.editionId() != null ? ProductFamily.ofEdition(key.editionId()) : key.family();
        if (installedFamily != ProductFamily.UNKNOWN && keyFamily != ProductFamily.UNKNOWN
                && installedFamily != keyFamily) {
            Obstacle obstacle = keyFamily == ProductFamily.CLIENT ? Obstacle.CLIENT_KEY_ON_SERVER
                    : Obstacle.SERVER_KEY_ON_CLIENT;
            return impossible(installed, key, null, ChangeMethod.NONE, obstacle, cautions);
        }
        if (key.editionId() == null) {
            boolean evaluation = installed.contains(EVAL);
            List<Obstacle> obstacles = evaluation ? List.of(Obstacle.TARGET_EDITION_UNKNOWN) : List.of();
            return new EditionMatch(Verdict.UNKNOWN, installed, null, null, ChangeMethod.NONE, false, obstacles,
                    cautions);
        }
        return installedFamily == ProductFamily.SERVER ? server(machine, key, cautions) : client(installed, key, cautions);
    }

    /** §4.2 Windows Server: evaluation → full and Standard → Datacenter with DISM /Set-Edition, then restart. */
    private static EditionMatch server(MachineInfo machine, KeyIdentity key, List<Caution> cautions) {
        String installed = machine.editionId();
        boolean evaluation = installed.contains(EVAL);
        boolean core = installed.endsWith(CORE_SUFFIX);
        String keyBase = withoutCore(key.editionId());
        String installedBase = withoutCore(installed.replace(EVAL, ""));
        String target = keyBase + (core ? CORE_SUFFIX : "");
        List<String> offered = EditionRules.DISM_TARGETS.getOrDefault(installed, List.of());

        if (!evaluation && keyBase.equals(installedBase)) {
            // Retail, volume and OEM keys of the same edition replace each other with slmgr /ipk.
            return new EditionMatch(Verdict.FITS, installed, key.editionId(), null, ChangeMethod.NONE, false,
                    List.of(), cautions);
        }
        if (offered.contains(target)) {
            if (key.channel() != Channel.KMS_CLIENT) {
                cautions.add(Caution.DISM_MAY_REJECT_KEY);
            }
            // §4.3: an evaluation domain controller cannot be converted; the way exists but is blocked.
            List<Obstacle> obstacles = evaluation && machine.domainRole().isDomainController()
                    ? List.of(Obstacle.DOMAIN_CONTROLLER_EVALUATION) : List.of();
            return new EditionMatch(obstacles.isEmpty() ? Verdict.NEEDS_CONVERSION : Verdict.IMPOSSIBLE, installed,
                    key.editionId(), target, ChangeMethod.DISM_SET_EDITION, true, obstacles, cautions);
        }
        if (evaluation) {
            return impossible(installed, key, target, ChangeMethod.NONE, Obstacle.CONVERSION_NOT_OFFERED, cautions);
        }
        return impossible(installed, key, null, ChangeMethod.NONE, lowerOrNoPath(installedBase, keyBase), cautions);
    }

    /** §4.2 client Windows: edition changes are key changes, from the documented list only. */
    private static EditionMatch client(String installed, KeyIdentity key, List<Caution> cautions) {
        String keyEdition = key.editionId();
        if (installed.contains(EVAL)) {
            return impossible(installed, key, null, ChangeMethod.NONE, Obstacle.CLIENT_EVALUATION, cautions);
        }
        if (keyEdition.equals(installed)) {
            return new EditionMatch(Verdict.FITS, installed, keyEdition, null, ChangeMethod.NONE, false, List.of(),
                    cautions);
        }
        String installedBase = withoutN(installed);
        String keyBase = withoutN(keyEdition);
        boolean sameNess = installedBase.equals(installed) == keyBase.equals(keyEdition);
        Optional<EditionRules.ClientPath> path = sameNess ? EditionRules.clientPath(installedBase, keyBase)
                : Optional.empty();
        if (path.isPresent()) {
            if (path.get().manualEntryOnly()) {
                cautions.add(Caution.MANUAL_KEY_ENTRY_ONLY);
            }
            return new EditionMatch(Verdict.FITS_BY_KEY_CHANGE, installed, keyEdition, keyEdition,
                    ChangeMethod.KEY_CHANGE, path.get().restart(), List.of(), cautions);
        }
        return impossible(installed, key, null, ChangeMethod.NONE, lowerOrNoPath(installedBase, keyBase), cautions);
    }

    private static Obstacle lowerOrNoPath(String installedBase, String keyBase) {
        Integer installedRank = EditionRules.RANK.get(installedBase);
        Integer keyRank = EditionRules.RANK.get(keyBase);
        return installedRank != null && keyRank != null && keyRank < installedRank ? Obstacle.LOWER_EDITION
                : Obstacle.NO_DOCUMENTED_PATH;
    }

    private static EditionMatch impossible(String installed, KeyIdentity key, String target, ChangeMethod method,
                                           Obstacle obstacle, List<Caution> cautions) {
        return new EditionMatch(Verdict.IMPOSSIBLE, installed, key.editionId(), target, method, false,
                List.of(obstacle), cautions);
    }

    /**
     * The installed Windows Server version when a published key is listed only for other versions; empty when the
     * key fits, is no published server key, or the build is not in the table.
     */
    public static String otherServerVersion(MachineInfo machine, KeyIdentity key) {
        if (!key.isPublishedGvlk() || key.family() != ProductFamily.SERVER || !machine.domainRole().isServer()) {
            return "";
        }
        List<String> installed = EditionRules.SERVER_VERSIONS.get(machine.build());
        if (installed == null || key.osVersions().stream().anyMatch(installed::contains)) {
            return "";
        }
        return installed.get(0);
    }

    private static String withoutCore(String editionId) {
        return editionId.endsWith(CORE_SUFFIX) ? editionId.substring(0, editionId.length() - CORE_SUFFIX.length())
                : editionId;
    }

    /** {@code ProfessionalN} → {@code Professional}; editions that merely end in N are left alone. */
    private static String withoutN(String editionId) {
        if (editionId.endsWith("N")) {
            String base = editionId.substring(0, editionId.length() - 1);
            if (EditionRules.CLIENT_BASES.contains(base)) {
                return base;
            }
        }
        return editionId;
    }
}
