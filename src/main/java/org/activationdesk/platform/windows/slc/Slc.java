package org.activationdesk.platform.windows.slc;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * slc.dll, the Software Licensing Client API, as declared in {@code slpublic.h}: only the functions the port needs.
 *
 * <p>Mapping rules, the same on Windows and against the test double: an HRESULT is an {@code int} (jna-platform's
 * {@code HRESULT} is a {@code NativeLong}, 8 bytes on 64-bit Linux); a {@code PCWSTR} is a {@link Pointer} to
 * NUL-terminated UTF-16LE (see {@link SlcUtil#utf16}; {@code WString} is 32-bit on Linux); an {@code SLID*} is a
 * {@link Guid.GUID} (null where the header allows it). Every buffer returned through a {@code PointerByReference}
 * belongs to the caller and is freed with {@code LocalFree} ({@link LocalMemory}); {@link SlcUtil} does that.
 */
public interface Slc extends Library {

    /** SLIDTYPE */
    int SL_ID_APPLICATION = 0;
    int SL_ID_PRODUCT_SKU = 1;
    int SL_ID_PKEY = 4;

    /** SLDATATYPE (the registry value types) */
    int SL_DATA_NONE = 0;
    int SL_DATA_SZ = 1;
    int SL_DATA_BINARY = 3;
    int SL_DATA_DWORD = 4;
    int SL_DATA_MULTI_SZ = 7;

    int SLOpen(PointerByReference phSLC);

    int SLClose(Pointer hSLC);

    int SLGetSLIDList(Pointer hSLC, int eQueryIdType, Guid.GUID pQueryId, int eReturnIdType,
                      IntByReference pnReturnIds, PointerByReference ppReturnIds);

    int SLGetInstalledProductKeyIds(Pointer hSLC, Guid.GUID pProductSkuId, IntByReference pnProductKeyIds,
                                    PointerByReference ppProductKeyIds);

    int SLGetProductSkuInformation(Pointer hSLC, Guid.GUID pProductSkuId, Pointer pwszValueName,
                                   IntByReference peDataType, IntByReference pcbValue, PointerByReference ppbValue);

    int SLGetPKeyInformation(Pointer hSLC, Guid.GUID pPKeyId, Pointer pwszValueName, IntByReference peDataType,
                             IntByReference pcbValue, PointerByReference ppbValue);

    int SLGetServiceInformation(Pointer hSLC, Pointer pwszValueName, IntByReference peDataType,
                                IntByReference pcbValue, PointerByReference ppbValue);

    /** {@code pwszRightName} must be null. */
    int SLGetLicensingStatusInformation(Pointer hSLC, Guid.GUID pAppID, Guid.GUID pProductSkuId,
                                        Pointer pwszRightName, IntByReference pnStatusCount,
                                        PointerByReference ppLicensingStatus);

    /** No handle: queried by SKU ID for the {@code SL_LAST_ACT_ATTEMPT_*} values. */
    int SLGetGenuineInformation(Guid.GUID pQueryId, Pointer pwszValueName, IntByReference peDataType,
                                IntByReference pcbValue, PointerByReference ppbValue);

    int SLGenerateOfflineInstallationId(Pointer hSLC, Guid.GUID pProductSkuId,
                                        PointerByReference ppwszInstallationId);

    int SLDepositOfflineConfirmationId(Pointer hSLC, Guid.GUID pProductSkuId, Pointer pwszInstallationId,
                                       Pointer pwszConfirmationId);
}
