package org.activationdesk.core.port;

import java.util.Objects;

/**
 * The machine as the helpdesk describes it on the phone.
 *
 * @param editionId   the registry EditionID / DISM edition name, e.g. {@code ServerStandardEval}
 * @param domain      DNS domain the machine belongs to, or null in a workgroup
 * @param elevated    whether this process runs with an administrator token (most changes need it)
 */
public record MachineInfo(
        String computerName,
        String osName,
        String version,
        int build,
        String editionId,
        DomainRole domainRole,
        String domain,
        boolean elevated) {

    public MachineInfo {
        Objects.requireNonNull(computerName, "computerName");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(domainRole, "domainRole");
        if (build < 0) {
            throw new IllegalArgumentException("build must not be negative");
        }
    }

    public boolean isEvaluationEdition() {
        return editionId.contains("Eval");
    }
}
