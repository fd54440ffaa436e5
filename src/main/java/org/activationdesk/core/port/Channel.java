package org.activationdesk.core.port;

import java.util.Locale;

/**
 * How a product key was sold, in the words a helpdesk uses. Derived from the licensing service's
 * ProductKeyChannel (Windows 8 and later) or, failing that, from the channel token in the SKU description.
 */
public enum Channel {
    RETAIL,
    OEM,
    KMS_CLIENT,
    KMS_HOST,
    MAK,
    EVALUATION,
    AVMA,
    UNKNOWN;

    /**
     * Maps the ProductKeyChannel vocabulary ({@code Retail}, {@code OEM:DM}, {@code Volume:GVLK}...).
     * Unknown strings give {@link #UNKNOWN} rather than a guess.
     */
    public static Channel fromProductKeyChannel(String productKeyChannel) {
        if (productKeyChannel == null || productKeyChannel.isBlank()) {
            return UNKNOWN;
        }
        String value = productKeyChannel.trim().toUpperCase(Locale.ROOT);
        if (value.equals("RETAIL:TB:EVAL")) {
            return EVALUATION;
        }
        if (value.equals("RETAIL") || value.startsWith("RETAIL:")) {
            return RETAIL;
        }
        if (value.startsWith("OEM")) {
            return OEM;
        }
        return switch (value) {
            case "VOLUME:GVLK" -> KMS_CLIENT;
            case "VOLUME:CSVLK" -> KMS_HOST;
            case "VOLUME:MAK" -> MAK;
            case "VT:IA" -> AVMA;
            default -> UNKNOWN;
        };
    }

    /**
     * Reads the channel token of a SKU description such as
     * {@code Windows(R) Operating System, VOLUME_KMSCLIENT channel}, the way slmgr classifies it:
     * by substring, because host descriptions carry version suffixes.
     */
    public static Channel fromDescription(String description) {
        if (description == null) {
            return UNKNOWN;
        }
        String value = description.toUpperCase(Locale.ROOT);
        if (value.contains("VOLUME_KMSCLIENT")) {
            return KMS_CLIENT;
        }
        if (value.contains("VOLUME_KMS")) {
            return KMS_HOST;
        }
        if (value.contains("VIRTUAL_MACHINE_ACTIVATION")) {
            return AVMA;
        }
        if (value.contains("TIMEBASED_")) {
            return EVALUATION;
        }
        if (value.contains("MAK")) {
            return MAK;
        }
        if (value.contains("OEM_")) {
            return OEM;
        }
        if (value.contains("RETAIL")) {
            return RETAIL;
        }
        return UNKNOWN;
    }

    public boolean isVolume() {
        return this == KMS_CLIENT || this == KMS_HOST || this == MAK;
    }
}
