package org.activationdesk.platform.windows;

import static org.activationdesk.platform.windows.wmi.WmiSchema.TS_KEY_PACK;
import static org.activationdesk.platform.windows.wmi.WmiSchema.TS_LICENSE_SERVER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiMethod;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.activationdesk.platform.windows.wmi.WmiSchema.TsLicenseServer;

/**
 * The RD license server role through its WMI provider (Win32_TSLicenseServer, Win32_TSLicenseKeyPack): read,
 * (re)activated through the provider's documented static methods, and its contact data saved with a Put of the
 * singleton instance (the documented way: set the properties, {@code Put()}, then {@code ActivateServerAutomatic}).
 * The provider answers administrators only (others get empty properties), so a standard user gets 0xC004F025.
 */
public final class WindowsRdsLicensingService implements RdsLicensingService {

    static final Duration READ = Duration.ofSeconds(60);
    /** Activation talks to Microsoft's Clearinghouse over the internet; the wizard itself waits minutes. */
    static final Duration ACTIVATE = Duration.ofMinutes(5);
    /** WBEM_E_INVALID_NAMESPACE */
    static final int INVALID_NAMESPACE = 0x8004100E;
    /** WBEM_E_INVALID_PARAMETER, what the practice machine answers for the same missing contact data. */
    static final Hresult INVALID_PARAMETER = new Hresult(0x80041008);
    /** Win32_TSLicenseServer is declared [singleton]: its one instance, whose properties the contact data are. */
    static final String SERVER_PATH = WmiGateway.singletonPath(TS_LICENSE_SERVER.name());
    /** Key pack types that hold CALs: retail, volume, concurrent, open licence (not 4 temporary, 0/6 unknown). */
    private static final List<Long> CAL_KEY_PACK_TYPES = List.of(1L, 2L, 3L, 5L);

    private final WmiGateway wmi;
    private final BooleanSupplier elevated;

    public WindowsRdsLicensingService(WmiGateway wmi, BooleanSupplier elevated) {
        this.wmi = wmi;
        this.elevated = elevated;
    }

    @Override
    public Optional<RdsLicenseServer> licenseServer() throws LicensingException {
        try {
            List<WmiObject<TsLicenseServer>> servers;
            try {
                servers = wmi.query(TS_LICENSE_SERVER, null, READ);
            } catch (WindowsCallException e) {
                int code = e.code().value();
                if (code == WmiGateway.INVALID_CLASS || code == INVALID_NAMESPACE) {
                    return Optional.empty(); // the RD Licensing role is not installed
                }
                throw e;
            }
            if (servers.isEmpty()) {
                return Optional.empty();
            }
            if (!elevated.getAsBoolean()) {
                throw LicensingErrors.accessDenied("The RD license server answers administrators only");
            }
            WmiObject<TsLicenseServer> server = servers.get(0);
            RdsActivationStatus status = activationStatus();
            String serverId = status == RdsActivationStatus.ACTIVATED ? licenseServerId() : null;
            return Optional.of(new RdsLicenseServer(status, serverId,
                    server.string(TsLicenseServer.ProductId).orElse(""),
                    server.string(TsLicenseServer.DatabasePath).orElse(""), keyPacks(),
                    new RdsContact(server.string(TsLicenseServer.FirstName).orElse(""),
                            server.string(TsLicenseServer.LastName).orElse(""),
                            server.string(TsLicenseServer.Company).orElse(""),
                            server.string(TsLicenseServer.CountryRegion).orElse(""))));
        } catch (WindowsCallException e) {
            throw LicensingErrors.of(e);
        }
    }

    /**
     * Exactly the four properties automatic (re)activation needs, so whatever else RD Licensing Manager saved (e-mail,
     * address) stays as it is.
     */
    @Override
    public void setContact(RdsContact contact) throws LicensingException {
        Objects.requireNonNull(contact, "contact");
        if (!elevated.getAsBoolean()) {
            throw LicensingErrors.accessDenied("Changing the RD license server needs an administrator");
        }
        // The job's precondition and the practice machine's rule. A blank here would also overwrite, with nothing, a
        // value RD Licensing Manager saved, and ActivateServerAutomatic fails without all four anyway.
        if (!contact.isCompleteForAutomaticActivation()) {
            throw new LicensingException(INVALID_PARAMETER, "First name, last name, company and country are needed");
        }
        Map<TsLicenseServer, Object> changes = new EnumMap<>(TsLicenseServer.class);
        changes.put(TsLicenseServer.FirstName, contact.firstName());
        changes.put(TsLicenseServer.LastName, contact.lastName());
        changes.put(TsLicenseServer.Company, contact.company());
        changes.put(TsLicenseServer.CountryRegion, contact.countryRegion());
        try {
            wmi.put(TS_LICENSE_SERVER, SERVER_PATH, changes, READ); // a local save, as quick as a read
        } catch (WindowsCallException e) {
            throw LicensingErrors.of(e);
        }
    }

    @Override
    public RdsActivationStatus activateServerAutomatic() throws LicensingException {
        return activation(WmiSchema.ACTIVATE_SERVER_AUTOMATIC, Map.of());
    }

    @Override
    public RdsActivationStatus activateServer(String licenseServerId) throws LicensingException {
        return activation(WmiSchema.ACTIVATE_SERVER, Map.of("sLicenseServerId", licenseServerId));
    }

    @Override
    public RdsActivationStatus reactivateServerAutomatic(RdsReactivationReason reason) throws LicensingException {
        return activation(WmiSchema.REACTIVATE_SERVER_AUTOMATIC, Map.of("Reason", reason.code()));
    }

    @Override
    public RdsActivationStatus reactivateServer(String newLicenseServerId) throws LicensingException {
        return activation(WmiSchema.REACTIVATE_SERVER, Map.of("sNewLicenseServerId", newLicenseServerId));
    }

    /** One (re)activation call: administrators only; the method's own status is what the job reports. */
    private RdsActivationStatus activation(WmiMethod method, Map<String, Object> inputs) throws LicensingException {
        if (!elevated.getAsBoolean()) {
            throw LicensingErrors.accessDenied("Activating the RD license server needs an administrator");
        }
        try {
            return statusOf(wmi.call(method, TS_LICENSE_SERVER.name(), inputs, ACTIVATE).requireSuccess()
                    .uint32("ActivationStatus"));
        } catch (WindowsCallException e) {
            throw LicensingErrors.of(e);
        }
    }

    private RdsActivationStatus activationStatus() throws WindowsCallException {
        return statusOf(wmi.call(WmiSchema.GET_ACTIVATION_STATUS, TS_LICENSE_SERVER.name(), Map.of(), READ)
                .requireSuccess().uint32("ActivationStatus"));
    }

    private static RdsActivationStatus statusOf(OptionalLong status) {
        if (status.isEmpty()) {
            return RdsActivationStatus.UNKNOWN;
        }
        for (RdsActivationStatus value : RdsActivationStatus.values()) {
            if (value.code() == status.getAsLong()) {
                return value;
            }
        }
        return RdsActivationStatus.UNKNOWN;
    }

    /** The 35-character ID, or null when the provider gives none that looks like one. */
    private String licenseServerId() throws WindowsCallException {
        Optional<String> id = wmi.call(WmiSchema.GET_LICENSE_SERVER_ID, TS_LICENSE_SERVER.name(), Map.of(), READ)
                .requireSuccess().string("sLicenseServerId");
        String normalized = id.orElse("").replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return normalized.length() == 35 ? normalized : null;
    }

    private List<RdsKeyPack> keyPacks() throws WindowsCallException {
        List<RdsKeyPack> packs = new ArrayList<>();
        for (WmiObject<WmiSchema.TsKeyPack> row : wmi.query(TS_KEY_PACK, null, READ)) {
            long type = row.uint32(WmiSchema.TsKeyPack.KeyPackType).orElse(0);
            long productType = row.uint32(WmiSchema.TsKeyPack.ProductType).orElse(2);
            if (!CAL_KEY_PACK_TYPES.contains(type) || productType > 1) {
                continue;
            }
            packs.add(new RdsKeyPack((int) row.uint32(WmiSchema.TsKeyPack.KeyPackId).orElse(0),
                    row.string(WmiSchema.TsKeyPack.Description).orElse(""),
                    row.string(WmiSchema.TsKeyPack.ProductVersion).orElse(""),
                    productType == 0 ? CalType.PER_DEVICE : CalType.PER_USER,
                    count(row, WmiSchema.TsKeyPack.TotalLicenses), count(row, WmiSchema.TsKeyPack.IssuedLicenses),
                    count(row, WmiSchema.TsKeyPack.AvailableLicenses)));
        }
        return packs;
    }

    private static int count(WmiObject<WmiSchema.TsKeyPack> row, WmiSchema.TsKeyPack property)
            throws WindowsCallException {
        return (int) Math.min(Integer.MAX_VALUE, row.uint32(property).orElse(0));
    }
}
