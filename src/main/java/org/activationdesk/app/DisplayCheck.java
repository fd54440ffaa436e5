package org.activationdesk.app;

/** Tells, before JavaFX starts, whether a window can be shown at all, so the user gets one clear line. */
final class DisplayCheck {

    private DisplayCheck() {
    }

    /** Null when a display is likely available; otherwise why not. */
    static String whyNoDisplay() {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows") || os.startsWith("Mac")) {
            return null;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if ((display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            return "no DISPLAY or WAYLAND_DISPLAY is set";
        }
        return null;
    }
}
