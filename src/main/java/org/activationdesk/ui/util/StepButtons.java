package org.activationdesk.ui.util;

import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.plan.StepKind;

/** The button beside a plan step, the same on every screen that shows a plan. */
public final class StepButtons {

    private StepButtons() {
    }

    /**
     * The button's text, or null for a step without one: a restart (the person chooses when) and a DNS record (its
     * administrator deletes it). Phone activation's button opens the phone screen; every other button runs the step's
     * job after a confirmation.
     */
    public static String label(StepKind kind, Messages m) {
        return switch (kind) {
            case CONVERT_EDITION -> m.get("keyscreen.run.convert");
            case CHANGE_EDITION_BY_KEY, INSTALL_KEY -> m.get("keyscreen.run.install");
            case ACTIVATE_ONLINE, ACTIVATE_WITH_KMS -> m.get("keyscreen.run.activate");
            case SET_KMS_HOST -> m.get("volume.switch.run.setHost");
            case CLEAR_KMS_HOST -> m.get("volume.switch.run.clearHost");
            case ACTIVATE_BY_PHONE -> m.get("volume.switch.run.phone");
            case RESTART, REMOVE_SRV_RECORD -> null;
        };
    }
}
