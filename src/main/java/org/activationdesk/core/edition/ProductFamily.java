package org.activationdesk.core.edition;

import org.activationdesk.core.port.MachineInfo;

/** Client Windows or Windows Server: keys of one never install on the other. */
public enum ProductFamily {
    CLIENT,
    SERVER,
    UNKNOWN;

    /**
     * From an EditionID. {@code ServerRdsh} is Windows Enterprise multi-session, a client despite its name
     * (key-formats.md §4.1).
     */
    public static ProductFamily ofEdition(String editionId) {
        if (editionId == null || editionId.isBlank()) {
            return UNKNOWN;
        }
        return editionId.startsWith("Server") && !editionId.equals("ServerRdsh") ? SERVER : CLIENT;
    }

    /** The installed family: a server domain role (2–5) means Windows Server whatever the EditionID says. */
    public static ProductFamily of(MachineInfo machine) {
        return machine.domainRole().isServer() ? SERVER : ofEdition(machine.editionId());
    }
}
