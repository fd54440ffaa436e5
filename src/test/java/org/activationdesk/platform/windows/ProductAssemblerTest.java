package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.platform.windows.slc.LicensingStatus;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.Test;

/** What SLC and WMI each say about a SKU, merged; recorded WMI values including nulls and wrong types. */
class ProductAssemblerTest {

    static final UUID SKU = UUID.fromString("a00018a3-f20f-4632-bf7c-8daa5351c914");

    private final SlcProduct slc = new SlcProduct(SKU, "Windows(R), ServerDatacenter edition",
            "Windows(R) Operating System, VOLUME_KMSCLIENT channel", "T83GX",
            new LicensingStatus(SKU, 2, 43200, 180, new Hresult(0x4004F00D), 0), new Hresult(0xC004F074));

    private static <P extends Enum<P>> Map<P, Object> values(Class<P> type, Object... pairs) {
        Map<P, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(Enum.valueOf(type, (String) pairs[i]), pairs[i + 1]);
        }
        return map;
    }

    private static WmiObject<WmiSchema.Service> service(Object... pairs) {
        return new WmiObject<>(WmiSchema.SERVICE, values(WmiSchema.Service.class, pairs));
    }

    private static WmiObject<WmiSchema.Product> product(Object... pairs) {
        return new WmiObject<>(WmiSchema.PRODUCT, values(WmiSchema.Product.class, pairs));
    }

    @Test
    void withoutAWmiRowSlcsCoarseStatusStands() throws WindowsCallException {
        LicensingProduct p = ProductAssembler.assemble(slc, null, null, service("RemainingWindowsReArmCount", 3), null);
        assertThat(p.activationId()).isEqualTo(SKU.toString());
        assertThat(p.licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
        assertThat(p.graceMinutes()).isEqualTo(43200);
        assertThat(p.reason()).isEqualTo(new Hresult(0x4004F00D));
        assertThat(p.lastActivationError()).isEqualTo(new Hresult(0xC004F074));
        assertThat(p.remainingRearms()).isEqualTo(3);
        assertThat(p.partialKey()).isEqualTo("T83GX");
        assertThat(p.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(p.kmsClient()).isEqualTo(new KmsClientInfo(null, 0, null, 0, null, 0, 0));
        assertThat(p.kmsHost()).isNull();
        assertThat(p.evaluationEnd()).isNull();
    }

    @Test
    void wmiRefinesStatusAndAddsTheKmsDetails() throws WindowsCallException {
        WmiObject<WmiSchema.Product> row = product("LicenseStatus", 3, "LicenseStatusReason", 0x4004F00C,
                "GracePeriodRemaining", 2880, "KeyManagementServicePort", 1700,
                "DiscoveredKeyManagementServiceMachineName", "kms01.corp.example",
                "DiscoveredKeyManagementServiceMachinePort", 1688, "VLActivationInterval", 120,
                "VLRenewalInterval", 10080);
        WmiObject<WmiSchema.ProductExtra> extra = new WmiObject<>(WmiSchema.PRODUCT_EXTRA,
                values(WmiSchema.ProductExtra.class, "ProductKeyChannel", "Volume:GVLK",
                        "KeyManagementServiceLookupDomain", "corp.example"));
        LicensingProduct p = ProductAssembler.assemble(slc, row, extra,
                service("KeyManagementServiceMachine", "kms.corp.example", "RemainingWindowsReArmCount", 1001), null);
        assertThat(p.licenseStatus()).isEqualTo(LicenseStatus.OOT_GRACE);
        assertThat(p.reason()).isEqualTo(new Hresult(0x4004F00C));
        assertThat(p.graceMinutes()).isEqualTo(2880);
        assertThat(p.productKeyChannel()).isEqualTo("Volume:GVLK");
        assertThat(p.remainingRearms()).isEqualTo(1001);
        assertThat(p.kmsClient()).isEqualTo(new KmsClientInfo("kms.corp.example", 1700, "kms01.corp.example", 1688,
                "corp.example", 120, 10080));
    }

    @Test
    void aKmsHostsCountAndPort() throws WindowsCallException {
        SlcProduct host = new SlcProduct(SKU, "Windows(R), ServerStandard edition",
                "Windows(R) Operating System, VOLUME_KMS_2019 channel", "4DM9W", null, null);
        assertThat(ProductAssembler.assemble(host, product("IsKeyManagementServiceMachine", 1,
                "KeyManagementServiceCurrentCount", 3, "RequiredClientCount", 25), null, service(), null).kmsHost())
                .isEqualTo(new KmsHostInfo(3, 25, 1688, true));
        assertThat(ProductAssembler.assemble(host, product("IsKeyManagementServiceMachine", 1,
                "KeyManagementServiceCurrentCount", -1, "RequiredClientCount", 5), null,
                service("KeyManagementServiceListeningPort", 1700, "KeyManagementServiceDnsPublishing", false), null)
                .kmsHost()).isEqualTo(new KmsHostInfo(0, 5, 1700, false));
    }

    @Test
    void evaluationEndAndTheNeverDate() throws WindowsCallException {
        assertThat(ProductAssembler.assemble(slc, product("EvaluationEndDate", "20261120000000.000000+000"), null,
                service(), null).evaluationEnd()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(ProductAssembler.assemble(slc, product("EvaluationEndDate", "16010101000000.000000-000"), null,
                service(), null).evaluationEnd()).isNull();
    }

    @Test
    void namesAndKeyFallBackToWmiAndOddKeysAreNotShown() throws WindowsCallException {
        SlcProduct bare = new SlcProduct(SKU, "", "", "??", null, null);
        LicensingProduct p = ProductAssembler.assemble(bare, product("Name", "Windows(R), Professional edition",
                "Description", "Windows(R) Operating System, RETAIL channel", "PartialProductKey", "3v66t"), null,
                service(), null);
        assertThat(p.name()).isEqualTo("Windows(R), Professional edition");
        assertThat(p.partialKey()).isEqualTo("3V66T");
        assertThat(p.licenseStatus()).isEqualTo(LicenseStatus.UNLICENSED);
        assertThat(ProductAssembler.assemble(bare, null, null, service(), null).partialKey()).isNull();
    }

    @Test
    void anOutOfRangeStatusFallsBackToSlcAndAWrongTypeIsReported() throws WindowsCallException {
        assertThat(ProductAssembler.assemble(slc, product("LicenseStatus", 9), null, service(), null).licenseStatus())
                .isEqualTo(LicenseStatus.OOB_GRACE);
        assertThatThrownBy(() -> ProductAssembler.assemble(slc, product("GracePeriodRemaining", "soon"), null,
                service(), null)).hasMessageContaining("GracePeriodRemaining").hasMessageContaining("0x80041005");
    }

    @Test
    void portsThatAreNoPortsCountAsNotSet() throws WindowsCallException {
        assertThat(ProductAssembler.assemble(slc, product("KeyManagementServicePort", 70000), null, service(), null)
                .kmsClient().registeredPort()).isZero();
    }

    @Test
    void coarseSlcStatuses() {
        assertThat(ProductAssembler.statusFromSlc(new LicensingStatus(SKU, 1, 0, 0, Hresult.S_OK, 0)))
                .isEqualTo(LicenseStatus.LICENSED);
        assertThat(ProductAssembler.statusFromSlc(new LicensingStatus(SKU, 3, 0, 0, Hresult.S_OK, 0)))
                .isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(ProductAssembler.statusFromSlc(new LicensingStatus(SKU, 0, 0, 0, Hresult.S_OK, 0)))
                .isEqualTo(LicenseStatus.UNLICENSED);
        assertThat(ProductAssembler.statusFromSlc(null)).isEqualTo(LicenseStatus.UNLICENSED);
    }
}
