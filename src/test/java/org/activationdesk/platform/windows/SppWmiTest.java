package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.Test;

/** The slmgr call sequences over recorded WMI answers. */
class SppWmiTest {

    static final String VERSION = "10.0.17763.1";
    static final String SERVICE_PATH = "SoftwareLicensingService.Version=\"10.0.17763.1\"";
    static final UUID SKU = UUID.fromString("a00018a3-f20f-4632-bf7c-8daa5351c914");
    static final String PRODUCT_PATH = "SoftwareLicensingProduct.ID=\"a00018a3-f20f-4632-bf7c-8daa5351c914\"";

    private final RecordedWmi wmi = new RecordedWmi().rows(WmiSchema.SERVICE, Map.of("Version", VERSION));
    private final SppWmi spp = new SppWmi(wmi);

    @Test
    void installingAKeyCallsTheServiceThenRefreshes() throws WindowsCallException {
        ProductKey key = ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GX");
        spp.installProductKey(key);
        assertThat(wmi.calls).containsExactly(
                new RecordedWmi.Call(WmiSchema.INSTALL_PRODUCT_KEY, SERVICE_PATH, Map.of("ProductKey", key.plainText())),
                new RecordedWmi.Call(WmiSchema.REFRESH_LICENSE_STATUS, SERVICE_PATH, Map.of()));
    }

    @Test
    void aRefusedKeyCarriesTheServicesCodeAndNoRefreshFollows() {
        wmi.failCall(WmiSchema.INSTALL_PRODUCT_KEY, 0xC004F050);
        assertThatThrownBy(() -> spp.installProductKey(ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GX")))
                .isInstanceOf(WindowsCallException.class).hasMessageContaining("0xC004F050")
                .hasMessageNotContaining("W269N").hasMessageNotContaining("T83GX");
        assertThat(wmi.methodNames()).containsExactly("InstallProductKey");
    }

    @Test
    void productMethodsAddressTheProductByItsId() throws WindowsCallException {
        spp.activate(SKU);
        spp.uninstallProductKey(SKU);
        spp.depositConfirmationId(SKU, "1234567", "765432");
        assertThat(wmi.calls).containsExactly(
                new RecordedWmi.Call(WmiSchema.ACTIVATE, PRODUCT_PATH, Map.of()),
                new RecordedWmi.Call(WmiSchema.REFRESH_LICENSE_STATUS, SERVICE_PATH, Map.of()),
                new RecordedWmi.Call(WmiSchema.UNINSTALL_PRODUCT_KEY, PRODUCT_PATH, Map.of()),
                new RecordedWmi.Call(WmiSchema.REFRESH_LICENSE_STATUS, SERVICE_PATH, Map.of()),
                new RecordedWmi.Call(WmiSchema.DEPOSIT_CONFIRMATION_ID, PRODUCT_PATH,
                        Map.of("InstallationId", "1234567", "ConfirmationId", "765432")),
                new RecordedWmi.Call(WmiSchema.REFRESH_LICENSE_STATUS, SERVICE_PATH, Map.of()));
    }

    @Test
    void serviceOnlyMethods() throws WindowsCallException {
        spp.clearProductKeyFromRegistry();
        spp.reArmWindows();
        assertThat(wmi.methodNames()).containsExactly("ClearProductKeyFromRegistry", "ReArmWindows");
    }

    @Test
    void aKmsHostWithPortSetsBoth() throws WindowsCallException {
        spp.setKmsHost("kms.corp.example", 1700);
        assertThat(wmi.calls).containsExactly(
                new RecordedWmi.Call(WmiSchema.SET_KMS_MACHINE, SERVICE_PATH, Map.of("MachineName", "kms.corp.example")),
                new RecordedWmi.Call(WmiSchema.SET_KMS_PORT, SERVICE_PATH, Map.of("PortNumber", 1700)));
    }

    @Test
    void aKmsHostWithoutPortClearsThePort() throws WindowsCallException {
        spp.setKmsHost("kms.corp.example", 0);
        assertThat(wmi.methodNames()).containsExactly("SetKeyManagementServiceMachine", "ClearKeyManagementServicePort");
    }

    @Test
    void aFailedPortPutsThePreviousHostBack() {
        wmi.rows(WmiSchema.SERVICE, Map.of("Version", VERSION, "KeyManagementServiceMachine", "old.corp.example"))
                .failCall(WmiSchema.SET_KMS_PORT, 0x80070057);
        assertThatThrownBy(() -> spp.setKmsHost("kms.corp.example", 1700)).hasMessageContaining("0x80070057");
        assertThat(wmi.calls).last().isEqualTo(new RecordedWmi.Call(WmiSchema.SET_KMS_MACHINE, SERVICE_PATH,
                Map.of("MachineName", "old.corp.example")));
    }

    @Test
    void aFailedPortWithNoPreviousHostClearsTheName() {
        wmi.failCall(WmiSchema.SET_KMS_PORT, 0x80070057);
        assertThatThrownBy(() -> spp.setKmsHost("kms.corp.example", 1700)).isInstanceOf(WindowsCallException.class);
        assertThat(wmi.methodNames()).containsExactly("SetKeyManagementServiceMachine", "SetKeyManagementServicePort",
                "ClearKeyManagementServiceMachine");
    }

    @Test
    void clearingTheKmsHostClearsNameAndPort() throws WindowsCallException {
        spp.clearKmsHost();
        assertThat(wmi.methodNames()).containsExactly("ClearKeyManagementServiceMachine",
                "ClearKeyManagementServicePort");
    }

    @Test
    void noServiceInstanceIsNotFound() {
        RecordedWmi empty = new RecordedWmi();
        assertThatThrownBy(() -> new SppWmi(empty).reArmWindows())
                .satisfies(e -> assertThat(((WindowsCallException) e).code().value()).isEqualTo(WmiGateway.NOT_FOUND));
        assertThat(empty.calls).isEmpty();
    }

    @Test
    void aTimeoutIsPassedOn() {
        wmi.failQuery(WmiSchema.PRODUCT, WmiGateway.TIMEOUT);
        assertThatThrownBy(spp::windowsProducts)
                .satisfies(e -> assertThat(((WindowsCallException) e).code().value()).isEqualTo(WmiGateway.TIMEOUT));
    }

    @Test
    void productsAreSelectedAsSlmgrDoes() throws WindowsCallException {
        spp.windowsProducts();
        assertThat(wmi.queries).containsExactly(new RecordedWmi.Query("SoftwareLicensingProduct",
                "ApplicationID='55c92734-d682-4d71-983e-d6ec3f16059f' AND PartialProductKey IS NOT NULL"));
    }

    @Test
    void propertiesAnOlderWindowsLacksAreSimplyAbsent() throws WindowsCallException {
        wmi.failQuery(WmiSchema.SERVICE_EXTRA, WmiGateway.INVALID_QUERY)
                .failQuery(WmiSchema.PRODUCT_EXTRA, WmiGateway.INVALID_QUERY);
        assertThat(spp.serviceExtra()).isEmpty();
        assertThat(spp.productExtras()).isEmpty();
    }

    @Test
    void otherFailuresOfTheExtraQueriesArePassedOn() {
        wmi.failQuery(WmiSchema.PRODUCT_EXTRA, WmiGateway.TIMEOUT);
        assertThatThrownBy(spp::productExtras).isInstanceOf(WindowsCallException.class);
    }

    @Test
    void extrasAreKeyedByProductIdAndRowsWithoutOneAreSkipped() throws WindowsCallException {
        wmi.rows(WmiSchema.PRODUCT_EXTRA, Map.of("ID", "{" + SKU.toString().toUpperCase() + "}",
                "ProductKeyChannel", "Volume:GVLK"), Map.of("ProductKeyChannel", "Retail"), Map.of("ID", "not a guid"));
        assertThat(spp.productExtras()).containsOnlyKeys(SKU);
        assertThat(spp.productExtras().get(SKU).string(WmiSchema.ProductExtra.ProductKeyChannel)).contains("Volume:GVLK");
    }

    @Test
    void installationIdFromWmi() throws WindowsCallException {
        wmi.rows(WmiSchema.PRODUCT_IID, Map.of("ID", SKU.toString(), "OfflineInstallationId", "0123456"));
        assertThat(spp.offlineInstallationId(SKU)).contains("0123456");
        assertThat(wmi.queries).last().isEqualTo(new RecordedWmi.Query("SoftwareLicensingProduct", "ID='" + SKU + "'"));
    }
}
