package org.activationdesk.core.diagnose;

import org.activationdesk.core.plan.NextStep;

/** The screen or step of Activation Desk that carries out a fix, so a result can offer to open it. */
public enum FixTarget {
    CONVERT_EVALUATION,
    ACTIVATE_ONLINE,
    ACTIVATE_BY_PHONE,
    PRODUCT_KEY,
    KMS_SETTINGS,
    RESTART_AS_ADMIN,
    RDS_ACTIVATION,
    /** No screen does it: the fix sentence says what to do by hand. */
    NONE;

    /** Where the overview's next step is carried out. */
    public static FixTarget forStep(NextStep step) {
        return switch (step) {
            case NOTHING_TO_DO -> NONE;
            case ENTER_PRODUCT_KEY, ENTER_MATCHING_KEY -> PRODUCT_KEY;
            case ACTIVATE_ONLINE -> ACTIVATE_ONLINE;
            case ACTIVATE_BY_PHONE -> ACTIVATE_BY_PHONE;
            case CONVERT_EVALUATION -> CONVERT_EVALUATION;
            case FIX_KMS_DISCOVERY -> KMS_SETTINGS;
            // Below the threshold the way out is another method (MAK, AD-based activation) or the host back to a
            // client: the volume activation screen explains the count and plans either.
            case REVIEW_KMS_HOST_COUNT -> KMS_SETTINGS;
            case ACTIVATE_RDS_SERVER -> RDS_ACTIVATION;
        };
    }
}
