package org.activationdesk.platform.windows;

import static org.activationdesk.platform.windows.slc.NativeDouble.guid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.platform.windows.slc.NativeDouble;
import org.activationdesk.platform.windows.slc.SlLicensingStatus;
import org.activationdesk.platform.windows.slc.SlcDouble;
import org.activationdesk.platform.windows.slc.SlcUtil;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Windows service end to end on Linux: SLC through the production JNA interfaces into the C double, WMI from
 * recordings, the host and DISM faked. Every port operation, its elevation rule and its error codes.
 */
class WindowsLicensingServiceTest {

    static final UUID APP = SlcUtil.WINDOWS_APPLICATION_ID;
    static final UUID SKU = NativeDouble.SKU;
    static final UUID ADDON = NativeDouble.SKU_2;
    static final UUID UNKEYED = UUID.fromString("b3ca044e-a358-4d68-9883-aaa2941aca99");
    static final UUID PKEY = NativeDouble.PKEY;
    static final String IID = NativeDouble.IID;
    static final String CID = NativeDouble.CID;
    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ProductKey KEY = ProductKey.of("WMDGN-G9PQG-XVVXX-R3X43-63DFG");

    private NativeDouble d;
    private SlcDouble control;
    private final RecordedWmi wmi = new RecordedWmi();
    private final FakeHost host = new FakeHost();
    private final List<String> conversions = new ArrayList<>();
    private WindowsCallException conversionFailure;
    private WindowsLicensingService service;

    @BeforeEach
    void machine() {
        d = NativeDouble.require();
        control = d.control;
        control.SLDouble_AddSku(guid(APP), guid(SKU));
        control.SLDouble_AddSku(guid(APP), guid(ADDON));
        control.SLDouble_AddSku(guid(APP), guid(UNKEYED));
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Name", "Windows(R), ServerDatacenter edition");
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description",
                "Windows(R) Operating System, VOLUME_KMSCLIENT channel");
        control.SLDouble_InstallKey(guid(SKU), guid(PKEY), "63DFG");
        control.SLDouble_InstallKey(guid(ADDON), guid(UUID.randomUUID()), "BBBBB");
        control.SLDouble_SetStatus(guid(SKU), SlLicensingStatus.IN_GRACE_PERIOD, 4000, 30, 0x4004F00D, 0);
        control.SLDouble_SetPhoneIds(guid(SKU), IID, CID);
        control.SLDouble_SetDword(SlcDouble.OWNER_GENUINE, guid(SKU), SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT,
                0xC004F074);
        wmi.rows(WmiSchema.OPERATING_SYSTEM, Map.of("Caption", "Microsoft Windows Server 2019 Datacenter",
                        "Version", "10.0.17763", "BuildNumber", "17763"))
                .rows(WmiSchema.COMPUTER_SYSTEM, Map.of("Name", "SRV01", "Domain", "corp.example",
                        "PartOfDomain", true, "DomainRole", 3))
                .rows(WmiSchema.SERVICE, Map.of("Version", "10.0.17763.1", "RemainingWindowsReArmCount", 4,
                        "KeyManagementServiceMachine", "kms.corp.example"))
                .failQuery(WmiSchema.SERVICE_EXTRA, WmiGateway.INVALID_QUERY)
                .rows(WmiSchema.PRODUCT, product(SKU, false), product(ADDON, true))
                .rows(WmiSchema.PRODUCT_EXTRA, Map.of("ID", SKU.toString(), "ProductKeyChannel", "Volume:GVLK"));
        host.editionId = "ServerDatacenter";
        service = new WindowsLicensingService(d.library, wmi, host, (edition, key) -> {
            if (conversionFailure != null) {
                throw conversionFailure;
            }
            conversions.add(edition + " " + key.masked());
        }, (group, serial) -> group == 4300
                ? Optional.of(new KeyConfiguration(4300, 0, 10, "ServerDatacenter", "Volume:GVLK", "DC"))
                : Optional.empty(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void everythingFreedAndClosed() {
        if (control != null) {
            assertThat(control.SLDouble_LiveAllocations()).as("buffers not freed").isZero();
            assertThat(control.SLDouble_BadFrees()).isZero();
            assertThat(control.SLDouble_OpenHandles()).as("SLC contexts not closed").isZero();
        }
    }

    private static Map<String, Object> product(UUID id, boolean addon) {
        Map<String, Object> row = new HashMap<>();
        row.put("ID", id.toString());
        row.put("LicenseIsAddon", addon);
        row.put("LicenseStatus", 2);
        row.put("LicenseStatusReason", 0x4004F00D);
        row.put("GracePeriodRemaining", 4000);
        row.put("EvaluationEndDate", "16010101000000.000000-000");
        row.put("DiscoveredKeyManagementServiceMachineName", null);
        row.put("VLActivationInterval", 120);
        row.put("VLRenewalInterval", 10080);
        return row;
    }

    private static int code(Throwable e) {
        return ((LicensingException) e).code().value();
    }

    @Test
    void theSnapshotJoinsSlcAndWmi() throws LicensingException {
        MachineSnapshot snapshot = service.snapshot();
        assertThat(snapshot.takenAt()).isEqualTo(NOW);
        assertThat(snapshot.machine().computerName()).isEqualTo("SRV01");
        assertThat(snapshot.machine().editionId()).isEqualTo("ServerDatacenter");
        assertThat(snapshot.machine().elevated()).isTrue();
        assertThat(snapshot.products()).hasSize(1); // the add-on is left out, the SKU without a key too
        LicensingProduct product = snapshot.products().get(0);
        assertThat(product.activationId()).isEqualTo(SKU.toString());
        assertThat(product.name()).isEqualTo("Windows(R), ServerDatacenter edition");
        assertThat(product.partialKey()).isEqualTo("63DFG");
        assertThat(product.licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
        assertThat(product.graceMinutes()).isEqualTo(4000);
        assertThat(product.lastActivationError()).isEqualTo(new Hresult(0xC004F074));
        assertThat(product.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(product.remainingRearms()).isEqualTo(4);
        assertThat(product.kmsClient().registeredHost()).isEqualTo("kms.corp.example");
        assertThat(product.kmsClient().activationIntervalMinutes()).isEqualTo(120);
    }

    @Test
    void aFailedReadCarriesItsCode() {
        control.SLDouble_Fail("SLOpen", 0x800706BA, 0);
        assertThatThrownBy(service::snapshot).satisfies(e -> assertThat(code(e)).isEqualTo(0x800706BA))
                .hasMessageContaining("SLOpen");
    }

    @Test
    void aWmiTimeoutDuringTheSnapshotIsATimeout() {
        wmi.failQuery(WmiSchema.PRODUCT, WmiGateway.TIMEOUT);
        assertThatThrownBy(service::snapshot).satisfies(e -> assertThat(code(e)).isEqualTo(WmiGateway.TIMEOUT));
    }

    @Test
    void everyChangeNeedsAnAdministratorAndSaysSoBeforeCallingAnything() {
        host.elevated = false;
        List<ThrowingCall> changes = List.of(() -> service.installProductKey(KEY),
                () -> service.uninstallProductKey(SKU.toString()), service::clearProductKeyFromRegistry,
                () -> service.depositConfirmationId(SKU.toString(), IID, CID), service::rearm,
                () -> service.setKmsHost("kms.corp.example", 1688), service::clearKmsHost,
                () -> service.convertEdition("ServerDatacenter", KEY));
        for (ThrowingCall change : changes) {
            assertThatThrownBy(change::run).isInstanceOf(LicensingException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F025))
                    .hasMessageContaining("administrator");
        }
        assertThat(wmi.calls).isEmpty();
        assertThat(conversions).isEmpty();
        assertThat(control.SLDouble_Status(guid(SKU))).isEqualTo(SlLicensingStatus.IN_GRACE_PERIOD);
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void accessDeniedFromWindowsIsTheAdministratorCodeToo() {
        wmi.failCall(WmiSchema.INSTALL_PRODUCT_KEY, 0x80070005);
        assertThatThrownBy(() -> service.installProductKey(KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F025)).hasMessageNotContaining("63DFG");
        wmi.failCall(WmiSchema.REARM_WINDOWS, WmiGateway.ACCESS_DENIED);
        assertThatThrownBy(service::rearm).satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F025));
    }

    @Test
    void installingAKeyGoesThroughWmiAndErrorsKeepTheirCode() throws LicensingException {
        service.installProductKey(KEY);
        assertThat(wmi.methodNames()).containsExactly("InstallProductKey", "RefreshLicenseStatus");
        wmi.failCall(WmiSchema.INSTALL_PRODUCT_KEY, 0xC004F069);
        assertThatThrownBy(() -> service.installProductKey(KEY)).satisfies(e -> assertThat(code(e))
                .isEqualTo(0xC004F069)).hasMessageNotContaining(KEY.plainText());
    }

    @Test
    void simpleChangesCallTheDocumentedMethods() throws LicensingException {
        service.uninstallProductKey(SKU.toString().toUpperCase());
        service.clearProductKeyFromRegistry();
        service.rearm();
        service.setKmsHost("kms2.corp.example", 0);
        service.clearKmsHost();
        assertThat(wmi.methodNames()).containsExactly("UninstallProductKey", "RefreshLicenseStatus",
                "ClearProductKeyFromRegistry", "ReArmWindows", "SetKeyManagementServiceMachine",
                "ClearKeyManagementServicePort", "ClearKeyManagementServiceMachine", "ClearKeyManagementServicePort");
    }

    @Test
    void noRearmLeftIsTheServicesAnswer() {
        wmi.failCall(WmiSchema.REARM_WINDOWS, 0xC004D307);
        assertThatThrownBy(service::rearm).satisfies(e -> assertThat(code(e)).isEqualTo(0xC004D307));
    }

    @Test
    void badArgumentsAreRefusedBeforeWindowsIsAsked() {
        for (ThrowingCall bad : List.<ThrowingCall>of(() -> service.setKmsHost(" ", 1688),
                () -> service.setKmsHost("kms host", 1688), () -> service.setKmsHost("kms", 70000),
                () -> service.setKmsHost(null, 0), () -> service.uninstallProductKey("not-a-guid"),
                () -> service.installationId(null))) {
            assertThatThrownBy(bad::run).satisfies(e -> assertThat(code(e)).isEqualTo(0x80070057));
        }
        assertThat(wmi.calls).isEmpty();
    }

    @Test
    void theInstallationIdComesFromSlcAsDigits() throws LicensingException {
        control.SLDouble_SetPhoneIds(guid(SKU), "1234567-1234567 1234567", CID);
        assertThat(service.installationId(SKU.toString())).isEqualTo("123456712345671234567");
        assertThatThrownBy(() -> service.installationId(UNKEYED.toString()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F014));
        assertThat(wmi.queries).extracting(RecordedWmi.Query::className).doesNotContain("SoftwareLicensingProduct");
    }

    @Test
    void whereSlcLacksTheFunctionWmiGivesTheInstallationId() throws LicensingException {
        control.SLDouble_Fail("SLGenerateOfflineInstallationId", SlcUtil.PROC_NOT_FOUND, 0);
        wmi.rows(WmiSchema.PRODUCT_IID, Map.of("ID", SKU.toString(), "OfflineInstallationId", IID));
        assertThat(service.installationId(SKU.toString())).isEqualTo(IID);
        wmi.rows(WmiSchema.PRODUCT_IID, Map.of("ID", SKU.toString()));
        assertThatThrownBy(() -> service.installationId(SKU.toString()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F014));
    }

    @Test
    void depositingGoesThroughSlcThenRefreshes() throws LicensingException {
        service.depositConfirmationId(SKU.toString(), IID, CID);
        assertThat(control.SLDouble_Status(guid(SKU))).isEqualTo(SlLicensingStatus.LICENSED);
        assertThat(wmi.methodNames()).containsExactly("RefreshLicenseStatus");
    }

    @Test
    void aDepositThatWorkedIsNotSpoiltByAFailedRefresh() throws LicensingException {
        wmi.failCall(WmiSchema.REFRESH_LICENSE_STATUS, WmiGateway.TIMEOUT);
        service.depositConfirmationId(SKU.toString(), IID, CID);
        assertThat(control.SLDouble_Status(guid(SKU))).isEqualTo(SlLicensingStatus.LICENSED);
    }

    @Test
    void aWrongConfirmationIdIsTheServicesCode() {
        assertThatThrownBy(() -> service.depositConfirmationId(SKU.toString(), IID, CID.replace('1', '9')))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F04D));
        assertThat(wmi.calls).isEmpty();
    }

    @Test
    void whereSlcLacksTheDepositWmiDepositsAndRefreshes() throws LicensingException {
        control.SLDouble_Fail("SLDepositOfflineConfirmationId", SlcUtil.PROC_NOT_FOUND, 0);
        service.depositConfirmationId(SKU.toString(), IID, CID);
        assertThat(wmi.calls.get(0)).isEqualTo(new RecordedWmi.Call(WmiSchema.DEPOSIT_CONFIRMATION_ID,
                WmiSchema.productPath(SKU.toString()), Map.of("InstallationId", IID, "ConfirmationId", CID)));
        assertThat(wmi.methodNames()).containsExactly("DepositOfflineConfirmationId", "RefreshLicenseStatus");
    }

    @Test
    void activationGoesThroughWmi() throws LicensingException {
        service.activateOnline(SKU.toString());
        assertThat(wmi.methodNames()).containsExactly("Activate", "RefreshLicenseStatus");
        assertThat(control.SLDouble_ActivationCount()).isZero();
        wmi.failCall(WmiSchema.ACTIVATE, 0xC004F074);
        assertThatThrownBy(() -> service.activateOnline(SKU.toString()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F074));
        assertThat(control.SLDouble_ActivationCount()).isZero();
    }

    @Test
    void aRetailProductIsActivatedThroughSlcWhenWmiItselfIsBroken() throws LicensingException {
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description",
                "Windows(R) Operating System, RETAIL channel");
        wmi.failCall(WmiSchema.ACTIVATE, 0x80041013); // WBEM_E_PROVIDER_LOAD_FAILURE
        service.activateOnline(SKU.toString());
        assertThat(control.SLDouble_ActivationCount()).isEqualTo(1);
        assertThat(control.SLDouble_Status(guid(SKU))).isEqualTo(SlLicensingStatus.LICENSED);
    }

    @Test
    void aKmsClientIsNotActivatedThroughSlcAndATimeoutIsNotRetried() {
        wmi.failCall(WmiSchema.ACTIVATE, 0x80041013);
        assertThatThrownBy(() -> service.activateOnline(SKU.toString()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80041013));
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description",
                "Windows(R) Operating System, RETAIL channel");
        wmi.failCall(WmiSchema.ACTIVATE, WmiGateway.TIMEOUT);
        assertThatThrownBy(() -> service.activateOnline(SKU.toString()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(WmiGateway.TIMEOUT));
        assertThat(control.SLDouble_ActivationCount()).isZero();
    }

    @Test
    void whenBothWaysFailTheSlcCodeIsReported() {
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description",
                "Windows(R) Operating System, RETAIL channel");
        control.SLDouble_SetActivationResult(0xC004C003);
        wmi.failCall(WmiSchema.ACTIVATE, 0x80041013);
        assertThatThrownBy(() -> service.activateOnline(SKU.toString()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004C003))
                .satisfies(e -> assertThat(e.getCause().getSuppressed()).hasSize(1));
    }

    @Test
    void editionConversionRunsDismButNotOnAnEvaluationDomainController() throws LicensingException {
        service.convertEdition("ServerDatacenter", KEY);
        assertThat(conversions).containsExactly("ServerDatacenter " + KEY.masked());
        host.editionId = "ServerDatacenterEval";
        wmi.rows(WmiSchema.COMPUTER_SYSTEM, Map.of("Name", "DC01", "DomainRole", 5));
        assertThatThrownBy(() -> service.convertEdition("ServerDatacenter", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070032));
        assertThat(conversions).hasSize(1);
    }

    @Test
    void aDismFailureCarriesDismsCode() {
        conversionFailure = new WindowsCallException(DismEditionConverter.CALL, new Hresult(0x8A010001));
        assertThatThrownBy(() -> service.convertEdition("ServerStandard", KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x8A010001)).hasMessageContaining("DISM");
    }

    @Test
    void keysAreIdentifiedByTheMachinesOwnConfigurations() {
        assertThat(service.find(4300, 3)).map(KeyConfiguration::editionId).contains("ServerDatacenter");
        assertThat(service.find(1, 3)).isEmpty();
    }
}
