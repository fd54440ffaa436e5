package org.activationdesk.core.rds;

import java.util.Objects;
import org.activationdesk.core.i18n.Phrase;

/**
 * One thing worth knowing about an RD license server and its CALs, decided now and worded in any language later.
 *
 * @param keyPackId the key pack it is about (Windows' number), or 0 for the server as a whole
 */
public record RdsFinding(Kind kind, Level level, int keyPackId, Phrase text) {

    /** What the finding is about; a stable name for scripts. */
    public enum Kind {
        ROLE_NOT_INSTALLED,
        NOT_ACTIVATED,
        STATUS_UNKNOWN,
        NO_KEY_PACKS,
        NO_LICENCES_AVAILABLE,
        CAL_NEWER_THAN_SERVER,
        PER_USER_IN_WORKGROUP,
        KEY_PACK_EXPIRED,
        TEMPORARY_KEY_PACK,
        SESSION_HOSTS_SERVED,
        CAL_VERSION_UNKNOWN
    }

    /** How much it matters. */
    public enum Level {
        /** CALs cannot be issued (or not the right ones) until something is done. */
        PROBLEM,
        /** Works now, but needs attention. */
        WARNING,
        /** Good to know. */
        NOTE
    }

    public RdsFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    public boolean needsAttention() {
        return level != Level.NOTE;
    }
}
