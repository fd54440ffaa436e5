package org.activationdesk.core.volume;

/** The steps of a KMS probe, in the order they run; each runs only when the one before passed. */
public enum ProbeStage {
    RESOLVE,
    CONNECT,
    RPC_BIND;

    /** {@code resolve}, {@code connect}, {@code rpc-bind}: the step names of {@code kms-probe --json}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
