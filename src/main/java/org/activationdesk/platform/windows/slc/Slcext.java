package org.activationdesk.platform.windows.slc;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Guid;

/**
 * slcext.dll: online activation. Microsoft's metadata and the SDK import libraries put {@code SLActivateProduct}
 * here, while today's documentation says slc.dll; {@link SlcLibrary} therefore also binds this interface to slc.dll
 * and {@link SlcUtil#activateProduct} falls back to it when slcext.dll lacks the export.
 */
public interface Slcext extends Library {

    /**
     * @param pActivationInfo null for retail (and MAK) activation; the AD header is not offered by the port
     * @param pwszProxyServer null: automatic proxy discovery
     * @param wProxyPort      0: the default port
     */
    int SLActivateProduct(Pointer hSLC, Guid.GUID pProductSkuId, int cbAppSpecificData, Pointer pvAppSpecificData,
                          Pointer pActivationInfo, Pointer pwszProxyServer, short wProxyPort);
}
