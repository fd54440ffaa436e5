package org.activationdesk.ui.shell;

/** The screens of the main window, in navigation order, each with its icon. */
public enum Screen {
    OVERVIEW("mdi2v-view-dashboard-outline"),
    PRODUCT_KEY("mdi2k-key-variant"),
    PHONE_ACTIVATION("mdi2p-phone-outline"),
    VOLUME_ACTIVATION("mdi2k-key-chain-variant"),
    DIAGNOSTICS("mdi2s-stethoscope"),
    ERROR_CODES("mdi2a-alert-circle-outline"),
    RDS("mdi2s-server-network");

    private final String icon;

    Screen(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }
}
