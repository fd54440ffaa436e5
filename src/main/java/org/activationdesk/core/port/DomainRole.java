package org.activationdesk.core.port;

/** Win32_ComputerSystem.DomainRole, with its documented numbers. */
public enum DomainRole {
    STANDALONE_WORKSTATION(0),
    MEMBER_WORKSTATION(1),
    STANDALONE_SERVER(2),
    MEMBER_SERVER(3),
    BACKUP_DOMAIN_CONTROLLER(4),
    PRIMARY_DOMAIN_CONTROLLER(5);

    private final int code;

    DomainRole(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isDomainController() {
        return this == BACKUP_DOMAIN_CONTROLLER || this == PRIMARY_DOMAIN_CONTROLLER;
    }

    public boolean isServer() {
        return code >= 2;
    }

    public boolean isDomainMember() {
        return this != STANDALONE_WORKSTATION && this != STANDALONE_SERVER;
    }
}
