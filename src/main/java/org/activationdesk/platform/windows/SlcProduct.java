package org.activationdesk.platform.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.slc.LicensingStatus;
import org.activationdesk.platform.windows.slc.SlcUtil;

/**
 * One Windows SKU with a key installed, as SLC reports it.
 *
 * @param partialKey          the last five characters of the key, or null where SLC has none
 * @param status              the SKU's licensing status, or null where SLC gives none
 * @param lastActivationError the HRESULT of the last failed activation attempt, or null
 */
record SlcProduct(UUID skuId, String name, String description, String partialKey, LicensingStatus status,
                  Hresult lastActivationError) {

    /** Every Windows SKU that has a product key installed (the rest of the licence store is not the machine's). */
    static List<SlcProduct> readAll(SlcUtil slc) throws WindowsCallException {
        List<SlcProduct> products = new ArrayList<>();
        for (UUID sku : slc.productSkuIds(SlcUtil.WINDOWS_APPLICATION_ID)) {
            List<UUID> keys = slc.installedProductKeyIds(sku);
            if (keys.isEmpty()) {
                continue;
            }
            List<LicensingStatus> status = slc.licensingStatus(SlcUtil.WINDOWS_APPLICATION_ID, sku);
            products.add(new SlcProduct(sku, textOrEmpty(slc, sku, SlcUtil.NAME),
                    textOrEmpty(slc, sku, SlcUtil.DESCRIPTION), partialKey(slc, keys.get(0)),
                    status.isEmpty() ? null : status.get(0), lastActivationError(slc, sku)));
        }
        return products;
    }

    private static String textOrEmpty(SlcUtil slc, UUID sku, String valueName) throws WindowsCallException {
        try {
            return slc.skuText(sku, valueName);
        } catch (WindowsCallException e) {
            if (e.code().value() == SlcUtil.SL_E_VALUE_NOT_FOUND) {
                return "";
            }
            throw e;
        }
    }

    private static String partialKey(SlcUtil slc, UUID productKey) throws WindowsCallException {
        try {
            return slc.productKeyText(productKey, SlcUtil.PARTIAL_PRODUCT_KEY);
        } catch (WindowsCallException e) {
            if (e.code().value() == SlcUtil.SL_E_VALUE_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    /** Diagnostic only: a SKU never activated has no such value, and any failure to read it means "not known". */
    private static Hresult lastActivationError(SlcUtil slc, UUID sku) {
        try {
            Hresult last = new Hresult(slc.genuineDword(sku, SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT));
            return last.isFailure() ? last : null;
        } catch (WindowsCallException unknown) {
            return null;
        }
    }
}
