package org.activationdesk.core.volume;

import java.util.Locale;

/** The steps of a KMS probe, in the order they run; each runs only when the one before passed. */
public enum ProbeStage {
    RESOLVE,
    CONNECT,
    RPC_BIND;

    /** {@code resolve}, {@code connect}, {@code rpc-bind}: the step names of {@code kms-probe --json}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
