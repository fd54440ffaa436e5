package org.activationdesk.core.volume;

/** The answer of a KMS probe, from the first step that failed; {@link #KMS} when all passed. */
public enum ProbeState {
    /** The host name does not resolve. */
    UNRESOLVED("unresolved"),
    /** The host answers, but nothing listens on the port (connection refused). */
    REFUSED("refused"),
    /** No answer in time: to the connect (a firewall, a host that is down) or to the bind. */
    TIMEOUT("timeout"),
    /** The port is open, but no bind_ack accepting the KMS interface came back. */
    NOT_KMS("not-kms"),
    /** A KMS service accepted the bind. Nothing was activated. */
    KMS("kms");

    private final String jsonName;

    ProbeState(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name scripts see in {@code kms-probe --json} and scenario files use. */
    public String jsonName() {
        return jsonName;
    }

    /** The state named {@code unresolved}, {@code not-kms}...; null when no state has that name. */
    public static ProbeState fromJsonName(String name) {
        for (ProbeState state : values()) {
            if (state.jsonName.equals(name)) {
                return state;
            }
        }
        return null;
    }
}
