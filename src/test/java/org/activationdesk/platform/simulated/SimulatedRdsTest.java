package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RdsIdInput;
import org.activationdesk.core.rds.RdsIdKind;
import org.activationdesk.platform.simulated.ScenarioException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The practice RD license server: its scenario section, and how it answers activation like the WMI provider would. */
class SimulatedRdsTest {

    private static final RdsContact CONTACT = new RdsContact("Aiko", "Tanaka", "Example Clinic", "Japan");

    private final ScenarioCatalog catalog = new ScenarioCatalog();

    @TempDir
    Path dir;

    private SimulatedLicensingService service(String id) throws Exception {
        return new SimulatedLicensingService(catalog.load(id), Clock.systemUTC(), Duration.ZERO);
    }

    private static RdsLicenseServer read(SimulatedLicensingService service) throws LicensingException {
        return service.licenseServer().orElseThrow();
    }

    private static Hresult refusal(ThrowingCall call) {
        LicensingException e = catchThrowableOfType(call::run, LicensingException.class);
        assertThat(e).as("the call should be refused").isNotNull();
        return e.code();
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void theRebuiltServerIsActivatedByWebOrPhoneWithThePracticeIdForItsProductId() throws Exception {
        SimulatedLicensingService service = service("rds2022-rebuilt");
        RdsLicenseServer before = read(service);
        String practiceId = service.licenseServerIdFor(before.productId());

        assertThat(practiceId).startsWith("PRACTICE").hasSize(RdsId.LENGTH);
        // The trainee types it as it was read out, in groups; the typing checks accept it.
        String typed = RdsId.of(RdsIdKind.LICENSE_SERVER_ID, practiceId).grouped().toLowerCase();
        RdsId id = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, typed).id().orElseThrow();

        assertThat(service.activateServer(id.compact())).isEqualTo(RdsActivationStatus.ACTIVATED);

        RdsLicenseServer after = read(service);
        assertThat(after.activationStatus()).isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(after.licenseServerId()).isEqualTo(practiceId);
        assertThat(after.productId()).isEqualTo(before.productId());
    }

    @Test
    void anIdThePracticeClearinghouseDidNotIssueIsRefusedAsAWrongParameter() throws Exception {
        SimulatedLicensingService service = service("rds2022-rebuilt");
        String other = service.licenseServerIdFor("00000-00000-00000-AA000");

        assertThat(refusal(() -> service.activateServer(other))).isEqualTo(SimulatedLicensingService.WBEM_INVALID_PARAMETER);
        assertThat(refusal(() -> service.activateServer("A".repeat(35))))
                .isEqualTo(SimulatedLicensingService.WBEM_INVALID_PARAMETER);
        assertThat(read(service).activationStatus()).isEqualTo(RdsActivationStatus.NOT_ACTIVATED);
    }

    @Test
    void automaticActivationNeedsTheContactPropertiesThenUsesTheInternet() throws Exception {
        SimulatedLicensingService service = service("rds2022-rebuilt");

        assertThat(refusal(service::activateServerAutomatic)).isEqualTo(SimulatedLicensingService.WBEM_INVALID_PARAMETER);
        service.setContact(CONTACT);
        assertThat(read(service).contact()).isEqualTo(CONTACT);

        assertThat(service.activateServerAutomatic()).isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(read(service).licenseServerId()).startsWith("PRACTICE");
    }

    @Test
    void automaticActivationFailsLikeTheScenarioSaysTheInternetDoes() throws Exception {
        Path file = dir.resolve("offline.json");
        String json = Files.readString(Path.of("resources/scenarios/rds2022-rebuilt.json"), StandardCharsets.UTF_8)
                .replace("\"onlineActivation\": \"success\"", "\"onlineActivation\": \"0x80072EE7\"");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        SimulatedLicensingService service = new SimulatedLicensingService(new ScenarioLoader().load(file),
                Clock.systemUTC(), Duration.ZERO);
        service.setContact(CONTACT);

        assertThat(refusal(service::activateServerAutomatic)).isEqualTo(new Hresult(0x80072EE7));
        // The web and phone path does not need this computer's internet connection.
        String id = service.licenseServerIdFor(read(service).productId());
        assertThat(service.activateServer(id)).isEqualTo(RdsActivationStatus.ACTIVATED);
    }

    @Test
    void reactivationGivesANewIdAndTheOldOneIsNoLongerAccepted() throws Exception {
        SimulatedLicensingService service = service("rds2019-workgroup-per-user");
        RdsLicenseServer before = read(service);
        assertThat(refusal(() -> service.activateServer(service.licenseServerIdFor(before.productId()))))
                .isEqualTo(SimulatedLicensingService.WBEM_INVALID_OPERATION);

        String first = service.licenseServerIdFor(before.productId());
        assertThat(service.reactivateServer(first)).isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(read(service).licenseServerId()).isEqualTo(first).isNotEqualTo(before.licenseServerId());

        assertThat(refusal(() -> service.reactivateServer(first))).isEqualTo(SimulatedLicensingService.WBEM_INVALID_PARAMETER);
        assertThat(service.reactivateServerAutomatic(RdsReactivationReason.CERTIFICATE_CORRUPT))
                .isEqualTo(RdsActivationStatus.ACTIVATED);
        assertThat(read(service).licenseServerId()).isNotEqualTo(first);
        assertThat(read(service).keyPacks()).isEqualTo(before.keyPacks());
    }

    @Test
    void aServerNotActivatedCannotBeReactivated() throws Exception {
        SimulatedLicensingService service = service("rds2022-rebuilt");
        assertThat(refusal(() -> service.reactivateServerAutomatic(RdsReactivationReason.REDEPLOYED)))
                .isEqualTo(SimulatedLicensingService.WBEM_INVALID_OPERATION);
    }

    @Test
    void withoutTheRoleEveryChangeIsAnInvalidClassAndWithoutElevationAccessDenied() throws Exception {
        SimulatedLicensingService noRole = service("win10-pro-activated");
        assertThat(noRole.licenseServer()).isEmpty();
        assertThat(refusal(() -> noRole.setContact(CONTACT))).isEqualTo(SimulatedLicensingService.WBEM_INVALID_CLASS);
        assertThat(refusal(() -> noRole.activateServer("A".repeat(35))))
                .isEqualTo(SimulatedLicensingService.WBEM_INVALID_CLASS);

        Path file = dir.resolve("standard-user.json");
        Files.writeString(file, Files.readString(Path.of("resources/scenarios/rds2022-rebuilt.json"), StandardCharsets.UTF_8)
                .replace("\"elevated\": true", "\"elevated\": false"), StandardCharsets.UTF_8);
        SimulatedLicensingService standardUser = new SimulatedLicensingService(new ScenarioLoader().load(file),
                Clock.systemUTC(), Duration.ZERO);
        String id = standardUser.licenseServerIdFor(read(standardUser).productId());
        assertThat(refusal(() -> standardUser.activateServer(id))).isEqualTo(SimulatedLicensingService.WBEM_ACCESS_DENIED);
    }

    @Test
    void theWorkgroupScenarioReadsItsContactAndKeyPacksWithTheirTypes() throws Exception {
        RdsLicenseServer server = read(service("rds2019-workgroup-per-user"));

        assertThat(server.contact().company()).isEqualTo("Example Dental Clinic");
        assertThat(server.keyPacks()).hasSize(2);
        assertThat(server.keyPacks().get(0).calType()).isEqualTo(CalType.PER_USER);
        assertThat(server.keyPacks().get(0).keyPackType()).isEqualTo(RdsKeyPackType.RETAIL_PURCHASE);
        assertThat(server.keyPacks().get(1).keyPackType()).isEqualTo(RdsKeyPackType.VOLUME_PURCHASE);
        assertThat(read(service("rds2022-rebuilt")).contact()).isEqualTo(RdsContact.EMPTY);
    }

    // ---- the scenario file's rds section --------------------------------------------------------------------

    private static final String RDS_SCENARIO = """
            {
              "schemaVersion": 1,
              "title": {"en": "RDS test", "ja": "RDS のテスト"},
              "summary": {"en": "A license server for loader tests.", "ja": "ローダーのテスト用のライセンス サーバーです。"},
              "machine": {"computerName": "LS-TEST", "osName": "Windows Server 2022 Standard", "version": "10.0.20348",
                          "build": 20348, "editionId": "ServerStandard", "domainRole": "MEMBER_SERVER",
                          "domain": "corp.example", "elevated": true},
              "products": [],
              "onlineActivation": "success",
              "rds": {
                "activationStatus": "NOT_ACTIVATED",
                "productId": "00000-11111-22222-TS001",
                "databasePath": "C:\\\\Windows\\\\System32\\\\LServer",
                "contact": {"firstName": "Aiko", "company": "Example Clinic"},
                "keyPacks": [
                  {"keyPackId": 2, "description": "Per user", "productVersion": "Windows Server 2022",
                   "calType": "PER_USER", "keyPackType": "OPEN_LICENSE", "totalLicenses": 5, "issuedLicenses": 0,
                   "availableLicenses": 5, "expirationDate": "2027-03-31T00:00:00Z"},
                  {"keyPackId": 3, "description": "Per device", "productVersion": "Windows Server 2019",
                   "calType": "PER_DEVICE", "totalLicenses": 5, "issuedLicenses": 0, "availableLicenses": 5}
                ]
              }
            }
            """;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("rds-test.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void contactKeyPackTypeAndExpiryAreOptionalAndReadWhenGiven() throws Exception {
        RdsLicenseServer server = new ScenarioLoader().load(write(RDS_SCENARIO)).rds().orElseThrow();

        assertThat(server.contact()).isEqualTo(new RdsContact("Aiko", "", "Example Clinic", ""));
        assertThat(server.keyPacks().get(0).keyPackType()).isEqualTo(RdsKeyPackType.OPEN_LICENSE);
        assertThat(server.keyPacks().get(0).expirationDate()).isEqualTo(Instant.parse("2027-03-31T00:00:00Z"));
        assertThat(server.keyPacks().get(1).keyPackType()).isEqualTo(RdsKeyPackType.UNKNOWN);
        assertThat(server.keyPacks().get(1).expirationDate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"keyPackType\": \"OPEN\"", "\"keyPackType\": 5"})
    void anUnknownOrNumericKeyPackTypeIsReportedWithItsField(String bad) throws Exception {
        String json = RDS_SCENARIO.replace("\"keyPackType\": \"OPEN_LICENSE\"", bad);

        ScenarioException e = catchThrowableOfType(() -> new ScenarioLoader().load(write(json)), ScenarioException.class);

        assertThat(e.problem()).isIn(Problem.BAD_VALUE, Problem.WRONG_TYPE);
        assertThat(e.field()).isEqualTo("rds.keyPacks[0].keyPackType");
    }

    @Test
    void aMisspeltContactFieldIsAnUnknownField() throws Exception {
        String json = RDS_SCENARIO.replace("\"firstName\": \"Aiko\"", "\"firstname\": \"Aiko\"");

        ScenarioException e = catchThrowableOfType(() -> new ScenarioLoader().load(write(json)), ScenarioException.class);

        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(e.field()).isEqualTo("rds.contact.firstname");
        assertThat(e.line()).isEqualTo(14);
    }
}
