package org.activationdesk.cli;

import org.activationdesk.core.errors.CodeExplanation;
import org.activationdesk.core.errors.Facility;
import org.activationdesk.core.errors.HresultParts;

/**
 * What {@code explain --json} prints. Field names are a contract for scripts: add, never rename.
 *
 * @param input        the text as typed, before the code was found in it
 * @param code         the canonical form, such as {@code 0xC004FC07}
 * @param symbol       the SDK symbol; null when the code is not in the catalog
 * @param fixSource    {@code MS} for Microsoft's own advice, {@code ours} otherwise
 * @param facilityName the winerror.h name without {@code FACILITY_} (such as {@code WIN32}); null when unknown
 * @param win32Error   the Win32 error number for facility WIN32, else null
 */
record ExplainReport(String input, String code, String symbol, boolean known, String title, String cause,
                     String fix, String fixSource, int signed, long unsigned, String severity, int facility,
                     String facilityName, int codeNumber, Integer win32Error) {

    static ExplainReport of(String input, CodeExplanation e) {
        HresultParts parts = e.parts();
        int value = e.code().value();
        return new ExplainReport(input, e.code().toString(), e.symbol(), e.known(), e.title(), e.cause(), e.fix(),
                e.fixFromMicrosoft() ? "MS" : "ours", value, Integer.toUnsignedLong(value), parts.severity().name(),
                parts.facility(), parts.facilityName().map(Facility::name).orElse(null), parts.codeNumber(),
                parts.win32Error().isPresent() ? parts.win32Error().getAsInt() : null);
    }
}
