package org.activationdesk.platform.windows;

import static org.activationdesk.platform.windows.wmi.WmiSchema.PRODUCT;
import static org.activationdesk.platform.windows.wmi.WmiSchema.PRODUCT_EXTRA;
import static org.activationdesk.platform.windows.wmi.WmiSchema.PRODUCT_IID;
import static org.activationdesk.platform.windows.wmi.WmiSchema.SERVICE;
import static org.activationdesk.platform.windows.wmi.WmiSchema.SERVICE_EXTRA;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.platform.windows.slc.SlcUtil;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiMethod;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;

/**
 * SoftwareLicensingService and SoftwareLicensingProduct through a {@link WmiGateway}: the reads the snapshot needs and
 * the documented methods, in the order slmgr.vbs calls them (windows-licensing-api.md §B.3). Every change is followed
 * by {@code RefreshLicenseStatus}, as slmgr does.
 */
final class SppWmi {

    /** SoftwareLicensingProduct queries take seconds on a busy machine. */
    static final Duration READ = Duration.ofSeconds(90);
    static final Duration CHANGE = Duration.ofMinutes(2);
    /** Online activation talks to Microsoft (or the KMS host) and may retry. */
    static final Duration ACTIVATION = Duration.ofMinutes(5);

    /** Windows' products that have a key, as slmgr selects them. */
    static final String WINDOWS_PRODUCTS_WITH_KEY =
            "ApplicationID='" + SlcUtil.WINDOWS_APPLICATION_ID + "' AND PartialProductKey IS NOT NULL";

    private final WmiGateway wmi;

    SppWmi(WmiGateway wmi) {
        this.wmi = wmi;
    }

    WmiObject<WmiSchema.Service> service() throws WindowsCallException {
        List<WmiObject<WmiSchema.Service>> rows = wmi.query(SERVICE, null, READ);
        if (rows.isEmpty()) {
            throw new WindowsCallException("SELECT FROM " + SERVICE.name(), new Hresult(WmiGateway.NOT_FOUND));
        }
        return rows.get(0);
    }

    /** Properties of newer Windows versions; empty where this version has none of them. */
    Optional<WmiObject<WmiSchema.ServiceExtra>> serviceExtra() throws WindowsCallException {
        try {
            return wmi.query(SERVICE_EXTRA, null, READ).stream().findFirst();
        } catch (WindowsCallException e) {
            if (e.code().value() == WmiGateway.INVALID_QUERY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    List<WmiObject<WmiSchema.Product>> windowsProducts() throws WindowsCallException {
        return wmi.query(PRODUCT, WINDOWS_PRODUCTS_WITH_KEY, READ);
    }

    /** ProductKeyChannel and the KMS lookup domain by product ID; empty where this Windows version has none. */
    Map<UUID, WmiObject<WmiSchema.ProductExtra>> productExtras() throws WindowsCallException {
        Map<UUID, WmiObject<WmiSchema.ProductExtra>> byId = new HashMap<>();
        try {
            for (WmiObject<WmiSchema.ProductExtra> row : wmi.query(PRODUCT_EXTRA, WINDOWS_PRODUCTS_WITH_KEY, READ)) {
                Optional<UUID> id = uuid(row.string(WmiSchema.ProductExtra.ID));
                id.ifPresent(value -> byId.put(value, row));
            }
        } catch (WindowsCallException e) {
            if (e.code().value() != WmiGateway.INVALID_QUERY) {
                throw e;
            }
        }
        return byId;
    }

    /** SoftwareLicensingProduct.OfflineInstallationId: null when the product has no key. */
    Optional<String> offlineInstallationId(UUID activationId) throws WindowsCallException {
        for (WmiObject<WmiSchema.ProductInstallationId> row : wmi.query(PRODUCT_IID, "ID='" + activationId + "'",
                READ)) {
            return row.string(WmiSchema.ProductInstallationId.OfflineInstallationId);
        }
        return Optional.empty();
    }

    /** slmgr /ipk: the service picks the product the key belongs to. */
    void installProductKey(ProductKey key) throws WindowsCallException {
        onService(WmiSchema.INSTALL_PRODUCT_KEY, Map.of("ProductKey", key.plainText()), CHANGE);
        refresh();
    }

    /** slmgr /ato for one product; KMS clients activate against their host, others online. */
    void activate(UUID activationId) throws WindowsCallException {
        onProduct(activationId, WmiSchema.ACTIVATE, Map.of(), ACTIVATION);
        refresh();
    }

    /** slmgr /upk for one product. */
    void uninstallProductKey(UUID activationId) throws WindowsCallException {
        onProduct(activationId, WmiSchema.UNINSTALL_PRODUCT_KEY, Map.of(), CHANGE);
        refresh();
    }

    /** slmgr /atp: the Installation ID the Confirmation ID was issued for, and the Confirmation ID. */
    void depositConfirmationId(UUID activationId, String installationId, String confirmationId)
            throws WindowsCallException {
        onProduct(activationId, WmiSchema.DEPOSIT_CONFIRMATION_ID,
                Map.of("InstallationId", installationId, "ConfirmationId", confirmationId), CHANGE);
        refresh();
    }

    /** slmgr /cpky */
    void clearProductKeyFromRegistry() throws WindowsCallException {
        onService(WmiSchema.CLEAR_PRODUCT_KEY_FROM_REGISTRY, Map.of(), CHANGE);
    }

    /** slmgr /rearm: the documented, counted rearm. */
    void reArmWindows() throws WindowsCallException {
        onService(WmiSchema.REARM_WINDOWS, Map.of(), CHANGE);
    }

    /**
     * slmgr /skms name[:port]: sets the name, then the port or clears it; when setting the port fails the previous
     * name is put back, as slmgr does.
     */
    void setKmsHost(String host, int port) throws WindowsCallException {
        Optional<String> previous = service().string(WmiSchema.Service.KeyManagementServiceMachine);
        onService(WmiSchema.SET_KMS_MACHINE, Map.of("MachineName", host), CHANGE);
        try {
            if (port > 0) {
                onService(WmiSchema.SET_KMS_PORT, Map.of("PortNumber", port), CHANGE);
            } else {
                onService(WmiSchema.CLEAR_KMS_PORT, Map.of(), CHANGE);
            }
        } catch (WindowsCallException portFailed) {
            try {
                if (previous.isPresent() && !previous.get().isBlank()) {
                    onService(WmiSchema.SET_KMS_MACHINE, Map.of("MachineName", previous.get()), CHANGE);
                } else {
                    onService(WmiSchema.CLEAR_KMS_MACHINE, Map.of(), CHANGE);
                }
            } catch (WindowsCallException restoreFailed) {
                portFailed.addSuppressed(restoreFailed);
            }
            throw portFailed;
        }
    }

    /** slmgr /ckms */
    void clearKmsHost() throws WindowsCallException {
        onService(WmiSchema.CLEAR_KMS_MACHINE, Map.of(), CHANGE);
        onService(WmiSchema.CLEAR_KMS_PORT, Map.of(), CHANGE);
    }

    void refresh() throws WindowsCallException {
        onService(WmiSchema.REFRESH_LICENSE_STATUS, Map.of(), CHANGE);
    }

    private void onService(WmiMethod method, Map<String, Object> inputs, Duration timeout)
            throws WindowsCallException {
        String version = service().string(WmiSchema.Service.Version)
                .orElseThrow(() -> new WindowsCallException(SERVICE.name() + ".Version",
                        new Hresult(WmiGateway.NOT_FOUND)));
        wmi.call(method, WmiSchema.servicePath(version), inputs, timeout).requireSuccess();
    }

    private void onProduct(UUID activationId, WmiMethod method, Map<String, Object> inputs, Duration timeout)
            throws WindowsCallException {
        wmi.call(method, WmiSchema.productPath(activationId.toString()), inputs, timeout).requireSuccess();
    }

    static Optional<UUID> uuid(Optional<String> text) {
        try {
            return text.map(value -> UUID.fromString(value.strip().replace("{", "").replace("}", "")));
        } catch (IllegalArgumentException notAGuid) {
            return Optional.empty();
        }
    }
}
