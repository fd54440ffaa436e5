package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.Test;

/** The RD license server read over recorded answers of the TS licensing WMI provider. */
class WindowsRdsLicensingServiceTest {

    static final String SERVER_ID = "ABCDE12345FGHJK67890LMNPQ12345RSTUV";

    private final RecordedWmi wmi = new RecordedWmi()
            .rows(WmiSchema.TS_LICENSE_SERVER, Map.of("ProductId", "00454-40000-00001-AT275",
                    "DatabasePath", "C:\\Windows\\System32\\LServer"))
            .output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0, "ActivationStatus", 0))
            .output(WmiSchema.GET_LICENSE_SERVER_ID, Map.of("ReturnValue", 0, "sLicenseServerId", SERVER_ID));
    private boolean elevated = true;
    private final WindowsRdsLicensingService rds = new WindowsRdsLicensingService(wmi, () -> elevated);

    private static Map<String, Object> keyPack(int id, int type, int productType, int available) {
        Map<String, Object> pack = new HashMap<>();
        pack.put("KeyPackId", id);
        pack.put("Description", "A02-6.00-S");
        pack.put("KeyPackType", type);
        pack.put("ProductVersion", "Windows Server 2022");
        pack.put("ProductType", productType);
        pack.put("TotalLicenses", 50);
        pack.put("IssuedLicenses", 50 - available);
        pack.put("AvailableLicenses", available);
        return pack;
    }

    @Test
    void anActivatedServerWithItsCalKeyPacks() throws LicensingException {
        wmi.rows(WmiSchema.TS_KEY_PACK, keyPack(3, 2, 1, 12), keyPack(4, 4, 0, 999), keyPack(5, 1, 0, 5),
                keyPack(6, 1, 2, 5));
        RdsLicenseServer server = rds.licenseServer().orElseThrow();
        assertThat(server.activationStatus()).isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(server.licenseServerId()).isEqualTo(SERVER_ID);
        assertThat(server.productId()).isEqualTo("00454-40000-00001-AT275");
        assertThat(server.databasePath()).isEqualTo("C:\\Windows\\System32\\LServer");
        // temporary packs (type 4) and invalid product types are not CALs the server can issue
        assertThat(server.keyPacks()).containsExactly(
                new RdsKeyPack(3, "A02-6.00-S", "Windows Server 2022", CalType.PER_USER, 50, 38, 12),
                new RdsKeyPack(5, "A02-6.00-S", "Windows Server 2022", CalType.PER_DEVICE, 50, 45, 5));
    }

    @Test
    void aServerIdWithSeparatorsIsNormalisedAndAMalformedOneIsNotInvented() throws LicensingException {
        wmi.output(WmiSchema.GET_LICENSE_SERVER_ID, Map.of("ReturnValue", 0, "sLicenseServerId",
                "abcde-12345-fghjk-67890-lmnpq-12345-rstuv"));
        assertThat(rds.licenseServer().orElseThrow().licenseServerId()).isEqualTo(SERVER_ID);
        wmi.output(WmiSchema.GET_LICENSE_SERVER_ID, Map.of("ReturnValue", 0, "sLicenseServerId", "ABC"));
        assertThat(rds.licenseServer().orElseThrow().licenseServerId()).isNull();
    }

    @Test
    void aServerNotActivatedIsNotAskedForItsId() throws LicensingException {
        wmi.output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0, "ActivationStatus", 1));
        RdsLicenseServer server = rds.licenseServer().orElseThrow();
        assertThat(server.activationStatus()).isEqualTo(RdsActivationStatus.NOT_ACTIVATED);
        assertThat(server.licenseServerId()).isNull();
        assertThat(wmi.methodNames()).containsExactly("GetActivationStatus");
        assertThat(wmi.calls.get(0).path()).isEqualTo("Win32_TSLicenseServer");
    }

    @Test
    void anUnknownOrMissingStatusIsUnknown() throws LicensingException {
        wmi.output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0, "ActivationStatus", 7));
        assertThat(rds.licenseServer().orElseThrow().activationStatus()).isEqualTo(RdsActivationStatus.UNKNOWN);
        wmi.output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0));
        assertThat(rds.licenseServer().orElseThrow().activationStatus()).isEqualTo(RdsActivationStatus.UNKNOWN);
    }

    @Test
    void noRoleNoServer() throws LicensingException {
        assertThat(new WindowsRdsLicensingService(new RecordedWmi()
                .failQuery(WmiSchema.TS_LICENSE_SERVER, WmiGateway.INVALID_CLASS), () -> true).licenseServer()).isEmpty();
        assertThat(new WindowsRdsLicensingService(new RecordedWmi(), () -> true).licenseServer()).isEmpty();
    }

    @Test
    void aStandardUserIsToldItNeedsAnAdministrator() {
        elevated = false;
        assertThatThrownBy(rds::licenseServer).isInstanceOf(LicensingException.class)
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(0xC004F025));
        assertThat(wmi.calls).isEmpty();
    }

    @Test
    void accessDeniedFromWmiIsTheSameAdministratorCode() {
        wmi.failCall(WmiSchema.GET_ACTIVATION_STATUS, WmiGateway.ACCESS_DENIED);
        assertThatThrownBy(rds::licenseServer)
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(0xC004F025));
    }

    @Test
    void aTimeoutAndAFailedMethodCarryTheirCodes() {
        wmi.failQuery(WmiSchema.TS_KEY_PACK, WmiGateway.TIMEOUT);
        assertThatThrownBy(rds::licenseServer)
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(WmiGateway.TIMEOUT));
        wmi.output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0x80041004));
        assertThatThrownBy(rds::licenseServer)
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(0x80041004));
    }

    @Test
    void nullPropertiesAndWrongTypesAreHandled() {
        wmi.rows(WmiSchema.TS_LICENSE_SERVER, new HashMap<>());
        wmi.rows(WmiSchema.TS_KEY_PACK, Map.of("KeyPackType", "retail"));
        assertThatThrownBy(rds::licenseServer)
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(0x80041005));
        wmi.rows(WmiSchema.TS_KEY_PACK);
        assertThat(rdsOrFail()).satisfies(server -> {
            assertThat(server.productId()).isEmpty();
            assertThat(server.databasePath()).isEmpty();
        });
    }

    private RdsLicenseServer rdsOrFail() {
        try {
            return rds.licenseServer().orElseThrow();
        } catch (LicensingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachActivationWayCallsItsDocumentedMethodWithItsParameter() throws LicensingException {
        wmi.output(WmiSchema.ACTIVATE_SERVER_AUTOMATIC, Map.of("ReturnValue", 0, "ActivationStatus", 0))
                .output(WmiSchema.ACTIVATE_SERVER, Map.of("ReturnValue", 0, "ActivationStatus", 0))
                .output(WmiSchema.REACTIVATE_SERVER_AUTOMATIC, Map.of("ReturnValue", 0, "ActivationStatus", 0))
                .output(WmiSchema.REACTIVATE_SERVER, Map.of("ReturnValue", 0, "ActivationStatus", 1));

        assertThat(rds.activateServerAutomatic()).isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(rds.activateServer(SERVER_ID)).isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(rds.reactivateServerAutomatic(RdsReactivationReason.CERTIFICATE_CORRUPT))
                .isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(rds.reactivateServer(SERVER_ID)).isEqualTo(RdsActivationStatus.NOT_ACTIVATED);

        assertThat(wmi.calls).extracting(c -> c.method().name()).containsExactly("ActivateServerAutomatic",
                "ActivateServer", "ReactivateServerAutomatic", "ReactivateServer");
        assertThat(wmi.calls).allSatisfy(c -> assertThat(c.path()).isEqualTo("Win32_TSLicenseServer"));
        assertThat(wmi.calls.get(1).inputs()).containsEntry("sLicenseServerId", SERVER_ID);
        assertThat(wmi.calls.get(2).inputs()).containsEntry("Reason", RdsReactivationReason.CERTIFICATE_CORRUPT.code());
        assertThat(wmi.calls.get(3).inputs()).containsEntry("sNewLicenseServerId", SERVER_ID);
    }

    @Test
    void activationNeedsAnAdministratorAndAFailedMethodKeepsItsCode() {
        elevated = false;
        assertThatThrownBy(rds::activateServerAutomatic).isInstanceOf(LicensingException.class)
                .extracting(e -> ((LicensingException) e).code().toString()).isEqualTo("0xC004F025");
        assertThat(wmi.calls).isEmpty();

        elevated = true;
        wmi.output(WmiSchema.ACTIVATE_SERVER, Map.of("ReturnValue", 0x80041008));
        assertThatThrownBy(() -> rds.activateServer("NOTANID")).isInstanceOf(LicensingException.class)
                .extracting(e -> ((LicensingException) e).code().toString()).isEqualTo("0x80041008");
    }
}
