package org.activationdesk.core.plan;

/** Which move between volume channels a switch plan makes; each has its one-sentence summary. */
public enum SwitchKind {
    /** Already a KMS client: only where it finds its KMS host changes, then it activates. */
    KMS_HOST_SETTING,
    /** MAK, retail, OEM or evaluation to KMS client, with Microsoft's published KMS client key. */
    TO_KMS_CLIENT,
    /** A KMS host becomes an ordinary KMS client and stops activating others. */
    HOST_TO_CLIENT,
    /** To MAK, activated once with Microsoft. */
    TO_MAK,
    /** A KMS host gets a MAK and stops activating others. */
    HOST_TO_MAK
}
