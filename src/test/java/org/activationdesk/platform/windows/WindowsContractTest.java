package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.platform.win32.Kernel32Util;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.key.Pkey2009;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.phone.PhoneRegion;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.platform.windows.slc.LicensingStatus;
import org.activationdesk.platform.windows.slc.SlcLibrary;
import org.activationdesk.platform.windows.slc.SlcUtil;
import org.activationdesk.platform.windows.wmi.ComWmiGateway;
import org.activationdesk.platform.windows.wmi.WmiClass;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiMethod;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiOutput;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The bridge against the real slc.dll, kernel32 and WMI of a Windows machine (the Windows CI runner). Read only: status,
 * names, partial key, edition, the Installation ID (reading it changes nothing), error decoding with the system's
 * message table. Nothing here installs, activates, rearms or sets anything. Run with
 * {@code ./mvnw -Pwindows-contract surefire:test}.
 */
@Tag("windows-contract")
@EnabledOnOs(OS.WINDOWS)
class WindowsContractTest {

    private static SlcLibrary library;
    private static ComWmiGateway wmi;
    private static NativeWindowsHost host;

    @BeforeAll
    static void loadTheRealLibraries() {
        library = SlcLibrary.windows();
        wmi = new ComWmiGateway();
        host = new NativeWindowsHost();
    }

    @AfterAll
    static void close() {
        wmi.close();
    }

    @Test
    void slcAnswersWithTheServiceVersionAndWindowsSkus() throws WindowsCallException {
        try (SlcUtil slc = SlcUtil.open(library)) {
            assertThat(slc.serviceText(SlcUtil.VERSION)).matches("\\d+(\\.\\d+)+");
            List<UUID> skus = slc.productSkuIds(SlcUtil.WINDOWS_APPLICATION_ID);
            assertThat(skus).isNotEmpty();
            List<SlcProduct> keyed = SlcProduct.readAll(slc);
            assertThat(keyed).as("Windows SKUs with a key").isNotEmpty();
            SlcProduct product = keyed.get(0);
            assertThat(skus).contains(product.skuId());
            assertThat(product.name()).contains("Windows");
            assertThat(product.partialKey()).matches("[A-Z0-9]{5}");
            List<LicensingStatus> status = slc.licensingStatus(SlcUtil.WINDOWS_APPLICATION_ID, product.skuId());
            assertThat(status).extracting(LicensingStatus::skuId).containsExactly(product.skuId());
            assertThat(status.get(0).status()).isBetween(0, 3);
        }
    }

    @Test
    void theInstallationIdHasTheDocumentedShapeOrTheServiceSaysWhyNot() throws WindowsCallException {
        try (SlcUtil slc = SlcUtil.open(library)) {
            SlcProduct product = SlcProduct.readAll(slc).get(0);
            try {
                String digits = slc.offlineInstallationId(product.skuId()).replaceAll("\\D", "");
                assertThat(InstallationId.read(digits).isValid()).as("IID %s", digits).isTrue();
            } catch (WindowsCallException refused) {
                assertThat(refused.code().facility()).as("an SL error, %s", refused.code()).isEqualTo(4);
            }
        }
    }

    @Test
    void slcErrorsCarryTheirCodeAndTheCatalogKnowsIt() throws WindowsCallException {
        try (SlcUtil slc = SlcUtil.open(library)) {
            assertThatThrownBy(() -> slc.skuText(UUID.randomUUID(), SlcUtil.NAME))
                    .isInstanceOf(WindowsCallException.class)
                    .satisfies(e -> {
                        Hresult code = ((WindowsCallException) e).code();
                        assertThat(code.isFailure()).isTrue();
                        assertThat(code.facility()).isEqualTo(4);
                        assertThat(ErrorCatalog.load().explain(code, Language.ENGLISH)).as("%s", code).isPresent();
                    });
        }
    }

    @Test
    void theSystemMessageTableDecodesTheWin32CodesTheBridgeReports() {
        for (int code : new int[]{0x80070005, WmiGateway.TIMEOUT, SlcUtil.PROC_NOT_FOUND, 0x80070032}) {
            assertThat(Kernel32Util.formatMessage(code)).as("0x%08X", code).isNotBlank();
        }
    }

    @Test
    void windowsOwnTextsExplainWin32ErrorsInBothLanguagesOrWindowsOwn() {
        WindowsSystemMessages messages = new WindowsSystemMessages();
        for (Language language : Language.values()) {
            assertThat(messages.describe(1058, language)).as("ERROR_SERVICE_DISABLED in %s", language).isPresent();
        }
        assertThat(messages.describe(0xFFFF, Language.ENGLISH)).as("a number without text").isEmpty();
    }

    @Test
    void theSoftwareProtectionServiceAndTheRestartMarkersCanBeRead() throws InterruptedException {
        WindowsSystemState state = new WindowsSystemState(wmi, new NativeRegistry());
        assertThat(state.licensingService(Duration.ofSeconds(30)).state())
                .isNotIn(org.activationdesk.core.port.ServiceReading.State.UNKNOWN,
                        org.activationdesk.core.port.ServiceReading.State.NOT_INSTALLED);
        assertThat(state.pendingRestart(Duration.ofSeconds(10)).unknown()).isEmpty();
        WinHttpProxy.read(); // reads and frees, whatever the runner's setting is
    }

    @Test
    void wmiGivesTheServiceAndTheProductsSlcKnows() throws WindowsCallException {
        SppWmi spp = new SppWmi(wmi);
        WmiObject<WmiSchema.Service> service = spp.service();
        assertThat(service.string(WmiSchema.Service.Version))
                .hasValueSatisfying(version -> assertThat(version).matches("\\d+(\\.\\d+)+"));
        assertThat(service.uint32(WmiSchema.Service.RemainingWindowsReArmCount)).isPresent();
        List<WmiObject<WmiSchema.Product>> products = spp.windowsProducts();
        assertThat(products).isNotEmpty();
        for (WmiObject<WmiSchema.Product> product : products) {
            assertThat(SppWmi.uuid(product.string(WmiSchema.Product.ID))).isPresent();
            assertThat(product.uint32(WmiSchema.Product.LicenseStatus).orElse(-1)).isBetween(0L, 6L);
            product.datetime(WmiSchema.Product.EvaluationEndDate); // parses, whatever it says
        }
        spp.serviceExtra();
        spp.productExtras();
    }

    @Test
    void aMissingClassIsInvalidClassAndTheRdsRoleIsAbsentOnARunner() throws LicensingException {
        WmiClass<WmiSchema.OperatingSystem> missing = new WmiClass<>(WmiClass.CIMV2, "ActivationDesk_NoSuchClass",
                WmiSchema.OperatingSystem.class);
        assertThatThrownBy(() -> wmi.query(missing, null, Duration.ofSeconds(30)))
                .satisfies(e -> assertThat(((WindowsCallException) e).code().value())
                        .isEqualTo(WmiGateway.INVALID_CLASS));
        assertThat(new WindowsRdsLicensingService(wmi, host::elevated).licenseServer()).isEmpty();
        // A put on an instance that cannot exist fails at GetObject, before anything could be saved.
        assertThatThrownBy(() -> wmi.put(missing, WmiGateway.singletonPath(missing.name()),
                Map.of(WmiSchema.OperatingSystem.Caption, "unchanged"), Duration.ofSeconds(30)))
                .satisfies(e -> assertThat(((WindowsCallException) e).code().value())
                        .isIn(WmiGateway.INVALID_CLASS, WmiGateway.NOT_FOUND));
    }

    /** StdRegProv.GetStringValue: a read-only WMI method with uint32 and string in-parameters and an out-parameter. */
    @Test
    void theExecMethodHelperPassesArgumentsAndReadsOutputs() throws WindowsCallException {
        WmiOutput output = wmi.call(new WmiMethod("ROOT\\DEFAULT", "StdRegProv", "GetStringValue"), "StdRegProv",
                Map.of("hDefKey", 0x80000002, "sSubKeyName", "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion",
                        "sValueName", "EditionID"), Duration.ofSeconds(30)).requireSuccess();
        assertThat(output.string("sValue")).isEqualTo(host.editionId());
        assertThatThrownBy(() -> wmi.call(WmiSchema.SERVICE.method("ActivationDeskNoSuchMethod"),
                WmiSchema.SERVICE.name(), Map.of(), Duration.ofSeconds(30)))
                .isInstanceOf(WindowsCallException.class);
    }

    @Test
    void theSnapshotReadsThisMachine() throws LicensingException {
        MachineSnapshot snapshot = WindowsLicensingService.open().licensing().snapshot();
        assertThat(snapshot.machine().computerName()).isEqualToIgnoringCase(System.getenv("COMPUTERNAME"));
        assertThat(snapshot.machine().editionId()).isEqualTo(host.editionId().orElseThrow());
        assertThat(snapshot.machine().build()).isGreaterThan(9200);
        assertThat(snapshot.products()).isNotEmpty();
        LicensingProduct product = snapshot.windowsProduct().orElseThrow();
        assertThat(product.partialKey()).hasSize(5);
        assertThat(product.name()).contains("Windows");
    }

    @Test
    void windowsOwnPhoneDirectoryIsReadOrSaidToBeMissing() {
        try {
            List<PhoneRegion> regions = WindowsPhoneDirectory.system(host.systemDirectory()).regions();
            assertThat(regions).allSatisfy(region -> {
                assertThat(region.code()).matches("[A-Z]{3}");
                assertThat(region.numbers()).isNotEmpty();
            });
        } catch (LicensingException missing) {
            assertThat(missing.code()).isEqualTo(WindowsPhoneDirectory.FILE_NOT_FOUND); // e.g. Server Core
        }
    }

    @Test
    void thisMachinesKeyConfigurationsKnowTheMatchingPublishedKmsClientKey() {
        WindowsKeyConfigurations keys = WindowsKeyConfigurations.system(host.systemDirectory());
        assertThat(keys.configurations()).as("pkeyconfig read").isNotEmpty();
        String edition = host.editionId().orElseThrow();
        List<GvlkCatalog.Entry> published = GvlkCatalog.builtIn().entries().stream()
                .filter(e -> edition.equalsIgnoreCase(e.editionId()) && e.key().format() == KeyFormat.PKEY2009)
                .toList();
        boolean anyFound = false;
        for (GvlkCatalog.Entry entry : published) {
            Pkey2009.Decoded decoded = Pkey2009.decode(entry.key());
            Optional<KeyConfiguration> found = keys.find(decoded.groupId(), decoded.serial());
            if (found.isPresent()) {
                assertThat(found.get().editionId()).isEqualToIgnoringCase(edition);
                assertThat(found.get().productKeyType()).isEqualTo("Volume:GVLK");
                anyFound = true;
            }
        }
        assertThat(anyFound || published.isEmpty()).as("a published KMS client key of %s is known", edition).isTrue();
    }
}
