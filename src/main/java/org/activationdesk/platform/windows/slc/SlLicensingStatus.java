package org.activationdesk.platform.windows.slc;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Guid;

/** {@code SL_LICENSING_STATUS} from {@code slpublic.h}: 40 bytes on x86 and x64. */
@Structure.FieldOrder({"SkuId", "eStatus", "dwGraceTime", "dwTotalGraceDays", "hrReason", "qwValidityExpiration"})
public class SlLicensingStatus extends Structure {

    /** SLLICENSINGSTATUS */
    public static final int UNLICENSED = 0;
    public static final int LICENSED = 1;
    public static final int IN_GRACE_PERIOD = 2;
    public static final int NOTIFICATION = 3;

    public Guid.GUID SkuId;
    public int eStatus;
    /** minutes */
    public int dwGraceTime;
    public int dwTotalGraceDays;
    public int hrReason;
    public long qwValidityExpiration;

    public SlLicensingStatus() {
    }

    public SlLicensingStatus(Pointer memory) {
        super(memory);
        read();
    }
}
