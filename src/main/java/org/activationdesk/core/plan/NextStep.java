package org.activationdesk.core.plan;

/** The one thing a helpdesk person should do next on this machine, before any detail. */
public enum NextStep {
    NOTHING_TO_DO,
    ENTER_PRODUCT_KEY,
    ACTIVATE_ONLINE,
    ACTIVATE_BY_PHONE,
    CONVERT_EVALUATION,
    ENTER_MATCHING_KEY,
    FIX_KMS_DISCOVERY,
    REVIEW_KMS_HOST_COUNT,
    ACTIVATE_RDS_SERVER
}
