package org.activationdesk.platform.windows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PhoneDirectory;
import org.activationdesk.platform.windows.slc.SlcLibrary;
import org.activationdesk.platform.windows.slc.SlcUtil;
import org.activationdesk.platform.windows.wmi.ComWmiGateway;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;

/**
 * The machine's own licensing service: SLC (slc.dll) for what it answers directly (the SKUs with a key, their names,
 * status, Installation ID, Confirmation ID deposit, the last activation error) and WMI for the rest (fine status,
 * channel, evaluation end, KMS details, and every documented change, in slmgr's order). Edition conversion runs the
 * documented DISM command. Nothing else: no process but Dism.exe, no registry writes, no licensing store access.
 *
 * <p>Elevation is checked before every change, so a standard user gets 0xC004F025 ("restart as administrator")
 * at once instead of after a long call; "access denied" from SLC or WMI is reported with the same code.
 */
public final class WindowsLicensingService implements LicensingService, KeyConfigurations {

    static final Hresult INVALID_ARGUMENT = new Hresult(0x80070057);
    /** ERROR_NOT_SUPPORTED, as DISM answers on a domain controller running an evaluation. */
    static final Hresult NOT_SUPPORTED = new Hresult(0x80070032);
    static final Hresult NOT_INSTALLED = new Hresult(SlcUtil.SL_E_PKEY_NOT_INSTALLED);

    private final SlcLibrary slcLibrary;
    private final WmiGateway wmi;
    private final SppWmi spp;
    private final WindowsHost host;
    private final EditionConverter converter;
    private final KeyConfigurations keyConfigurations;
    private final Clock clock;

    WindowsLicensingService(SlcLibrary slcLibrary, WmiGateway wmi, WindowsHost host, EditionConverter converter,
                            KeyConfigurations keyConfigurations, Clock clock) {
        this.slcLibrary = slcLibrary;
        this.wmi = wmi;
        this.spp = new SppWmi(wmi);
        this.host = host;
        this.converter = converter;
        this.keyConfigurations = keyConfigurations;
        this.clock = clock;
    }

    /**
     * The bridge on this Windows machine: the licensing service, its RD license server reader over the same WMI
     * connection, and Windows' own phone activation directory.
     */
    public record Bridge(WindowsLicensingService licensing, WindowsRdsLicensingService rds,
                         PhoneDirectory phoneDirectory) {
    }

    /**
     * Loads slc.dll and prepares WMI; reads the key configurations in the background.
     *
     * @throws UnsatisfiedLinkError when slc.dll or JNA's native part cannot be loaded
     */
    public static Bridge open() {
        NativeWindowsHost host = new NativeWindowsHost();
        ComWmiGateway wmi = new ComWmiGateway();
        WindowsKeyConfigurations keys = WindowsKeyConfigurations.system(host.systemDirectory());
        Thread preload = new Thread(keys::configurations, "pkeyconfig-reader");
        preload.setDaemon(true);
        preload.start();
        WindowsLicensingService licensing = new WindowsLicensingService(SlcLibrary.windows(), wmi, host,
                DismEditionConverter.system(host.systemDirectory()), keys, Clock.systemUTC());
        return new Bridge(licensing, new WindowsRdsLicensingService(wmi, host::elevated),
                WindowsPhoneDirectory.system(host.systemDirectory()));
    }

    @Override
    public MachineSnapshot snapshot() throws LicensingException {
        try {
            MachineInfo machine = MachineReader.read(wmi, host);
            List<SlcProduct> fromSlc;
            try (SlcUtil slc = SlcUtil.open(slcLibrary)) {
                fromSlc = SlcProduct.readAll(slc);
            }
            WmiObject<WmiSchema.Service> service = spp.service();
            WmiObject<WmiSchema.ServiceExtra> serviceExtra = spp.serviceExtra().orElse(null);
            Map<UUID, WmiObject<WmiSchema.Product>> fromWmi = new HashMap<>();
            for (WmiObject<WmiSchema.Product> row : spp.windowsProducts()) {
                SppWmi.uuid(row.string(WmiSchema.Product.ID)).ifPresent(id -> fromWmi.put(id, row));
            }
            Map<UUID, WmiObject<WmiSchema.ProductExtra>> extras = spp.productExtras();
            List<LicensingProduct> products = new ArrayList<>();
            for (SlcProduct product : fromSlc) {
                WmiObject<WmiSchema.Product> row = fromWmi.get(product.skuId());
                if (row != null && row.bool(WmiSchema.Product.LicenseIsAddon).orElse(false)) {
                    continue; // add-ons are not the Windows product the helpdesk is asked about (slmgr skips them too)
                }
                products.add(ProductAssembler.assemble(product, row, extras.get(product.skuId()), service,
                        serviceExtra));
            }
            return new MachineSnapshot(machine, products, clock.instant());
        } catch (WindowsCallException e) {
            throw LicensingErrors.of(e);
        }
    }

    /**
     * WMI's {@code Activate}, which serves every channel including KMS. Only when WMI itself is broken (a WMI
     * infrastructure error, not a licensing answer and not a timeout) is a retail or MAK product activated through
     * SLC's {@code SLActivateProduct} instead; KMS activation through SLC is not documented, so it is not tried.
     */
    @Override
    public void activateOnline(String activationId) throws LicensingException {
        UUID id = activationId(activationId);
        try {
            spp.activate(id);
        } catch (WindowsCallException viaWmi) {
            if (!isWmiInfrastructureFailure(viaWmi) || isKmsClient(id)) {
                throw LicensingErrors.of(viaWmi);
            }
            try (SlcUtil slc = SlcUtil.open(slcLibrary)) {
                slc.activateProduct(id);
            } catch (WindowsCallException viaSlc) {
                viaSlc.addSuppressed(viaWmi);
                throw LicensingErrors.of(viaSlc);
            }
        }
    }

    @Override
    public void installProductKey(ProductKey key) throws LicensingException {
        requireElevation("Installing a product key");
        change(() -> spp.installProductKey(key));
    }

    @Override
    public void uninstallProductKey(String activationId) throws LicensingException {
        UUID id = activationId(activationId);
        requireElevation("Removing a product key");
        change(() -> spp.uninstallProductKey(id));
    }

    @Override
    public void clearProductKeyFromRegistry() throws LicensingException {
        requireElevation("Clearing the product key from the registry");
        change(spp::clearProductKeyFromRegistry);
    }

    /** SLC's {@code SLGenerateOfflineInstallationId}; WMI's {@code OfflineInstallationId} where SLC lacks it. */
    @Override
    public String installationId(String activationId) throws LicensingException {
        UUID id = activationId(activationId);
        String installationId;
        try (SlcUtil slc = SlcUtil.open(slcLibrary)) {
            installationId = slc.offlineInstallationId(id);
        } catch (WindowsCallException viaSlc) {
            if (viaSlc.code().value() != SlcUtil.PROC_NOT_FOUND) {
                throw LicensingErrors.of(viaSlc);
            }
            try {
                installationId = spp.offlineInstallationId(id).orElseThrow(() ->
                        new LicensingException(NOT_INSTALLED, "No product key is installed for this product"));
            } catch (WindowsCallException viaWmi) {
                throw LicensingErrors.of(viaWmi);
            }
        }
        String digits = installationId.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            throw new LicensingException(NOT_INSTALLED, "No Installation ID for this product");
        }
        return digits;
    }

    /**
     * SLC's {@code SLDepositOfflineConfirmationId}, then WMI's {@code RefreshLicenseStatus} as slmgr /atp does; WMI's
     * {@code DepositOfflineConfirmationId} where SLC lacks the function. A refresh that fails after a successful
     * deposit is not reported: the deposit stands, and the next snapshot shows the state.
     */
    @Override
    public void depositConfirmationId(String activationId, String installationId, String confirmationId)
            throws LicensingException {
        UUID id = activationId(activationId);
        requireElevation("Depositing a Confirmation ID");
        try (SlcUtil slc = SlcUtil.open(slcLibrary)) {
            slc.depositOfflineConfirmationId(id, installationId, confirmationId);
        } catch (WindowsCallException viaSlc) {
            if (viaSlc.code().value() != SlcUtil.PROC_NOT_FOUND) {
                throw LicensingErrors.of(viaSlc);
            }
            change(() -> spp.depositConfirmationId(id, installationId, confirmationId));
            return;
        }
        try {
            spp.refresh();
        } catch (WindowsCallException refreshFailed) {
            // see above: the licence state is re-read with the next snapshot
        }
    }

    @Override
    public void rearm() throws LicensingException {
        requireElevation("Rearming");
        change(spp::reArmWindows);
    }

    @Override
    public void setKmsHost(String host, int port) throws LicensingException {
        if (host == null || host.isBlank() || host.length() > 255 || host.chars().anyMatch(Character::isWhitespace)
                || port < 0 || port > 65535) {
            throw new LicensingException(INVALID_ARGUMENT, "A KMS host name and a port from 0 to 65535 are needed");
        }
        requireElevation("Setting the KMS host");
        change(() -> spp.setKmsHost(host, port));
    }

    @Override
    public void clearKmsHost() throws LicensingException {
        requireElevation("Clearing the KMS host");
        change(spp::clearKmsHost);
    }

    @Override
    public void convertEdition(String targetEditionId, ProductKey key) throws LicensingException {
        requireElevation("Converting the edition");
        try {
            MachineInfo machine = MachineReader.read(wmi, host);
            if (machine.isEvaluationEdition() && machine.domainRole().isDomainController()) {
                throw new LicensingException(NOT_SUPPORTED,
                        "A domain controller cannot be converted from an evaluation edition");
            }
            converter.convert(targetEditionId, key);
        } catch (WindowsCallException e) {
            throw LicensingErrors.of(e);
        }
    }

    @Override
    public Optional<KeyConfiguration> find(int groupId, long serial) {
        return keyConfigurations.find(groupId, serial);
    }

    private interface Change {
        void run() throws WindowsCallException;
    }

    private static void change(Change change) throws LicensingException {
        try {
            change.run();
        } catch (WindowsCallException e) {
            throw LicensingErrors.of(e);
        }
    }

    private void requireElevation(String what) throws LicensingException {
        if (!host.elevated()) {
            throw LicensingErrors.accessDenied(what + " needs an administrator");
        }
    }

    private static UUID activationId(String activationId) throws LicensingException {
        return SppWmi.uuid(Optional.ofNullable(activationId)).orElseThrow(() ->
                new LicensingException(INVALID_ARGUMENT, "Not an activation ID"));
    }

    /** WBEM_E_* (0x80041xxx): WMI could not do its part; licensing answers (0xC004xxxx) and timeouts are not that. */
    private static boolean isWmiInfrastructureFailure(WindowsCallException e) {
        return (e.code().value() & 0xFFFFF000) == 0x80041000 && e.code().value() != WmiGateway.ACCESS_DENIED;
    }

    private boolean isKmsClient(UUID id) {
        try (SlcUtil slc = SlcUtil.open(slcLibrary)) {
            return Channel.fromDescription(slc.skuText(id, SlcUtil.DESCRIPTION)) == Channel.KMS_CLIENT;
        } catch (WindowsCallException unknown) {
            return true; // when in doubt, do not try an undocumented path
        }
    }
}
