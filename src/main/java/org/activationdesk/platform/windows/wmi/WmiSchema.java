package org.activationdesk.platform.windows.wmi;

/**
 * The WMI classes, properties and methods this bridge uses (windows-licensing-api.md §B, §C). Enum constants are the
 * WMI property names. Properties documented only for newer versions are kept in separate "extra" enums and queried on
 * their own, because selecting a property a Windows version lacks fails the whole query.
 */
public final class WmiSchema {

    private WmiSchema() {
    }

    /** SoftwareLicensingService, documented since Windows 7 / Server 2008 R2. */
    public enum Service {
        Version, KeyManagementServiceMachine, DiscoveredKeyManagementServiceMachineName,
        DiscoveredKeyManagementServiceMachinePort, VLActivationInterval, VLRenewalInterval, RemainingWindowsReArmCount,
        KeyManagementServiceListeningPort, KeyManagementServiceDnsPublishing
    }

    /** SoftwareLicensingService properties of newer versions. */
    public enum ServiceExtra {
        KeyManagementServicePort, KeyManagementServiceLookupDomain
    }

    /** SoftwareLicensingProduct, documented since Windows 7 / Server 2008 R2. */
    public enum Product {
        ID, Name, Description, ApplicationID, PartialProductKey, LicenseIsAddon, LicenseStatus, LicenseStatusReason,
        GracePeriodRemaining, EvaluationEndDate, KeyManagementServiceMachine, KeyManagementServicePort,
        DiscoveredKeyManagementServiceMachineName, DiscoveredKeyManagementServiceMachinePort, VLActivationInterval,
        VLRenewalInterval, IsKeyManagementServiceMachine, KeyManagementServiceCurrentCount, RequiredClientCount
    }

    /** SoftwareLicensingProduct properties of newer versions. */
    public enum ProductExtra {
        ID, ProductKeyChannel, KeyManagementServiceLookupDomain
    }

    /** Read only when SLC cannot give the Installation ID. */
    public enum ProductInstallationId {
        ID, OfflineInstallationId
    }

    public enum OperatingSystem {
        Caption, Version, BuildNumber
    }

    public enum ComputerSystem {
        Name, Domain, PartOfDomain, DomainRole
    }

    /** Win32_Service, read for the Software Protection service (sppsvc) only. */
    public enum Win32Service {
        Name, State, StartMode
    }

    /**
     * Win32_TSLicenseServer (RD Licensing role). FirstName to CountryRegion are the contact data automatic
     * (re)activation sends; the bridge reads them and writes them back with a Put.
     */
    public enum TsLicenseServer {
        ProductId, DatabasePath, FirstName, LastName, Company, CountryRegion
    }

    /** Win32_TSLicenseKeyPack */
    public enum TsKeyPack {
        KeyPackId, Description, KeyPackType, ProductVersion, ProductType, TotalLicenses, IssuedLicenses,
        AvailableLicenses
    }

    public static final WmiClass<Service> SERVICE =
            new WmiClass<>(WmiClass.CIMV2, "SoftwareLicensingService", Service.class);
    public static final WmiClass<ServiceExtra> SERVICE_EXTRA =
            new WmiClass<>(WmiClass.CIMV2, "SoftwareLicensingService", ServiceExtra.class);
    public static final WmiClass<Product> PRODUCT =
            new WmiClass<>(WmiClass.CIMV2, "SoftwareLicensingProduct", Product.class);
    public static final WmiClass<ProductExtra> PRODUCT_EXTRA =
            new WmiClass<>(WmiClass.CIMV2, "SoftwareLicensingProduct", ProductExtra.class);
    public static final WmiClass<ProductInstallationId> PRODUCT_IID =
            new WmiClass<>(WmiClass.CIMV2, "SoftwareLicensingProduct", ProductInstallationId.class);
    public static final WmiClass<OperatingSystem> OPERATING_SYSTEM =
            new WmiClass<>(WmiClass.CIMV2, "Win32_OperatingSystem", OperatingSystem.class);
    public static final WmiClass<ComputerSystem> COMPUTER_SYSTEM =
            new WmiClass<>(WmiClass.CIMV2, "Win32_ComputerSystem", ComputerSystem.class);
    public static final WmiClass<Win32Service> WIN32_SERVICE =
            new WmiClass<>(WmiClass.CIMV2, "Win32_Service", Win32Service.class);
    public static final WmiClass<TsLicenseServer> TS_LICENSE_SERVER =
            new WmiClass<>(WmiClass.CIMV2, "Win32_TSLicenseServer", TsLicenseServer.class);
    public static final WmiClass<TsKeyPack> TS_KEY_PACK =
            new WmiClass<>(WmiClass.CIMV2, "Win32_TSLicenseKeyPack", TsKeyPack.class);

    // SoftwareLicensingService methods
    public static final WmiMethod INSTALL_PRODUCT_KEY = SERVICE.method("InstallProductKey");
    public static final WmiMethod REFRESH_LICENSE_STATUS = SERVICE.method("RefreshLicenseStatus");
    public static final WmiMethod CLEAR_PRODUCT_KEY_FROM_REGISTRY = SERVICE.method("ClearProductKeyFromRegistry");
    public static final WmiMethod REARM_WINDOWS = SERVICE.method("ReArmWindows");
    public static final WmiMethod SET_KMS_MACHINE = SERVICE.method("SetKeyManagementServiceMachine");
    public static final WmiMethod SET_KMS_PORT = SERVICE.method("SetKeyManagementServicePort");
    public static final WmiMethod CLEAR_KMS_MACHINE = SERVICE.method("ClearKeyManagementServiceMachine");
    public static final WmiMethod CLEAR_KMS_PORT = SERVICE.method("ClearKeyManagementServicePort");

    // SoftwareLicensingProduct methods
    public static final WmiMethod ACTIVATE = PRODUCT.method("Activate");
    public static final WmiMethod UNINSTALL_PRODUCT_KEY = PRODUCT.method("UninstallProductKey");
    public static final WmiMethod DEPOSIT_CONFIRMATION_ID = PRODUCT.method("DepositOfflineConfirmationId");

    // Win32_TSLicenseServer static methods
    public static final WmiMethod GET_ACTIVATION_STATUS = TS_LICENSE_SERVER.method("GetActivationStatus");
    public static final WmiMethod GET_LICENSE_SERVER_ID = TS_LICENSE_SERVER.method("GetLicenseServerId");
    public static final WmiMethod ACTIVATE_SERVER_AUTOMATIC = TS_LICENSE_SERVER.method("ActivateServerAutomatic");
    public static final WmiMethod ACTIVATE_SERVER = TS_LICENSE_SERVER.method("ActivateServer");
    public static final WmiMethod REACTIVATE_SERVER_AUTOMATIC = TS_LICENSE_SERVER.method("ReactivateServerAutomatic");
    public static final WmiMethod REACTIVATE_SERVER = TS_LICENSE_SERVER.method("ReactivateServer");

    public static String servicePath(String version) {
        return WmiGateway.instancePath(SERVICE.name(), "Version", version);
    }

    public static String productPath(String activationId) {
        return WmiGateway.instancePath(PRODUCT.name(), "ID", activationId);
    }
}
