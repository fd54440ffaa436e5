package org.activationdesk.platform.windows.slc;

import com.sun.jna.Library;
import com.sun.jna.platform.win32.Guid;

/** The test-control exports of src/test/native/slc_double.c. Strings are UTF-8 here (test side only). */
public interface SlcDouble extends Library {

    int OWNER_SKU = 0;
    int OWNER_PKEY = 1;
    int OWNER_SERVICE = 2;
    int OWNER_GENUINE = 3;

    int LAST_VALUE_NAME = 0;
    int LAST_INSTALLATION_ID = 1;
    int LAST_CONFIRMATION_ID = 2;

    void SLDouble_Reset();

    int SLDouble_AddSku(Guid.GUID app, Guid.GUID sku);

    void SLDouble_SetStatus(Guid.GUID sku, int status, int graceMinutes, int totalGraceDays, int reason,
                            long validity);

    int SLDouble_Status(Guid.GUID sku);

    void SLDouble_SetRawValue(int owner, Guid.GUID id, String name, int type, byte[] bytes, int size);

    void SLDouble_SetText(int owner, Guid.GUID id, String name, String text);

    void SLDouble_SetDword(int owner, Guid.GUID id, String name, int value);

    void SLDouble_InstallKey(Guid.GUID sku, Guid.GUID productKey, String partialKey);

    void SLDouble_SetPhoneIds(Guid.GUID sku, String installationId, String confirmationId);

    /** Makes every call of the function fail with this HRESULT; leaveBuffer: still hand out a buffer. */
    void SLDouble_Fail(String function, int hr, int leaveBuffer);

    void SLDouble_SetActivationResult(int hr);

    int SLDouble_ActivationCount();

    int SLDouble_LiveAllocations();

    int SLDouble_TotalAllocations();

    int SLDouble_BadFrees();

    int SLDouble_OpenHandles();

    int SLDouble_LastText(int which, byte[] out, int size);
}
