package org.activationdesk.platform.windows.slc;

import java.util.UUID;
import org.activationdesk.core.errors.Hresult;

/**
 * One {@code SL_LICENSING_STATUS}, copied out of native memory.
 *
 * @param status       SLLICENSINGSTATUS: 0 unlicensed, 1 licensed, 2 in grace, 3 notification (coarser than WMI's 0-6)
 * @param graceMinutes grace time left, in minutes
 * @param validityExpiration the header's "validity expiration day"; unit and epoch are not documented
 */
public record LicensingStatus(UUID skuId, int status, long graceMinutes, long totalGraceDays, Hresult reason,
                              long validityExpiration) {

    static LicensingStatus of(SlLicensingStatus native_) {
        return new LicensingStatus(SlcUtil.uuid(native_.SkuId), native_.eStatus,
                Integer.toUnsignedLong(native_.dwGraceTime), Integer.toUnsignedLong(native_.dwTotalGraceDays),
                new Hresult(native_.hrReason), native_.qwValidityExpiration);
    }
}
