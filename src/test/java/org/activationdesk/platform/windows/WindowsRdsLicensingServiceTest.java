package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.job.ActionJournal;
import org.activationdesk.core.job.JournalEntry;
import org.activationdesk.core.job.RdsActivationJob;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsFixtures;
import org.activationdesk.platform.windows.wmi.WmiGateway;
import org.activationdesk.platform.windows.wmi.WmiOutput;
import org.activationdesk.platform.windows.wmi.WmiSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RD license server read and changed over recorded answers of the TS licensing WMI provider. */
class WindowsRdsLicensingServiceTest {

    static final String SERVER_ID = "ABCDE12345FGHJK67890LMNPQ12345RSTUV";
    /** Blanks around a value are stripped by RdsContact; a Japanese value goes into the BSTR as it is. */
    private static final RdsContact CONTACT = new RdsContact(" Aiko ", "Tanaka", "Example Clinic", "日本");

    private final RecordedWmi wmi = new RecordedWmi()
            .rows(WmiSchema.TS_LICENSE_SERVER, Map.of("ProductId", "00454-40000-00001-AT275",
                    "DatabasePath", "C:\\Windows\\System32\\LServer"))
            .output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0, "ActivationStatus", 0))
            .output(WmiSchema.GET_LICENSE_SERVER_ID, Map.of("ReturnValue", 0, "sLicenseServerId", SERVER_ID));
    private boolean elevated = true;
    private final WindowsRdsLicensingService rds = new WindowsRdsLicensingService(wmi, () -> elevated);

    @TempDir
    Path dir;

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

    private static int code(Throwable e) {
        return ((LicensingException) e).code().value();
    }

    @Test
    void theContactIsReadWithTheServer() throws LicensingException {
        Map<String, Object> server = new HashMap<>(Map.of("ProductId", "00454-40000-00001-AT275", "FirstName", "Aiko",
                "LastName", "Tanaka", "Company", "Example Clinic", "CountryRegion", "Japan"));
        wmi.rows(WmiSchema.TS_LICENSE_SERVER, server);
        assertThat(rds.licenseServer().orElseThrow().contact())
                .isEqualTo(new RdsContact("Aiko", "Tanaka", "Example Clinic", "Japan"));
        server.remove("Company"); // NULL, as a freshly installed role has it
        wmi.rows(WmiSchema.TS_LICENSE_SERVER, server);
        assertThat(rds.licenseServer().orElseThrow().contact().company()).isEmpty();
    }

    @Test
    void savingTheContactPutsExactlyItsFourPropertiesOnTheSingleton() throws LicensingException {
        rds.setContact(CONTACT);

        assertThat(wmi.puts).singleElement().satisfies(put -> {
            assertThat(put.className()).isEqualTo("Win32_TSLicenseServer");
            assertThat(put.path()).isEqualTo("Win32_TSLicenseServer=@");
            assertThat(put.changes()).isEqualTo(Map.of("FirstName", "Aiko", "LastName", "Tanaka",
                    "Company", "Example Clinic", "CountryRegion", "日本"));
        });
        assertThat(wmi.calls).isEmpty();
        assertThat(wmi.queries).isEmpty();
    }

    @Test
    void anIncompleteContactIsRefusedBeforeWmi() {
        RdsContact noCompany = new RdsContact("Aiko", "Tanaka", "  ", "Japan");
        assertThatThrownBy(() -> rds.setContact(noCompany)).isInstanceOf(LicensingException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80041008));
        assertThatThrownBy(() -> rds.setContact(RdsContact.EMPTY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80041008));
        assertThat(wmi.puts).isEmpty();
    }

    @Test
    void savingTheContactNeedsAnAdministratorBeforeAnyWmiCall() {
        elevated = false;
        assertThatThrownBy(() -> rds.setContact(CONTACT)).isInstanceOf(LicensingException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F025));
        assertThat(wmi.puts).isEmpty();
        assertThat(wmi.calls).isEmpty();
        assertThat(wmi.queries).isEmpty();
    }

    @Test
    void aFailedOrTimedOutPutKeepsItsCodeAndAccessDeniedIsTheAdministratorCode() {
        for (int failure : new int[] {WmiGateway.TIMEOUT, WmiGateway.INVALID_CLASS, 0x80041008}) {
            wmi.failPut(WmiSchema.TS_LICENSE_SERVER, failure);
            assertThatThrownBy(() -> rds.setContact(CONTACT)).isInstanceOf(LicensingException.class)
                    .satisfies(e -> assertThat(code(e)).isEqualTo(failure))
                    .hasCauseInstanceOf(WindowsCallException.class);
        }
        wmi.failPut(WmiSchema.TS_LICENSE_SERVER, WmiGateway.ACCESS_DENIED);
        assertThatThrownBy(() -> rds.setContact(CONTACT))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F025));
        assertThat(wmi.puts).hasSize(4);
    }

    private RdsActivationJob automaticActivation() {
        MachineSnapshot snapshot = new MachineSnapshot(RdsFixtures.machine("Windows Server 2022 Standard", 20348,
                DomainRole.MEMBER_SERVER), List.of(), Instant.parse("2026-05-04T08:30:00Z"));
        return RdsActivationJob.activateAutomatically(new RdsActivationJob.Context(rds,
                new ActionJournal(dir.resolve("journal.tsv")), Clock.fixed(snapshot.takenAt(), ZoneOffset.UTC),
                snapshot, RdsFixtures.notActivated()), RdsFixtures.CONTACT);
    }

    @Test
    void automaticActivationOverWindowsSavesTheContactThenActivates() throws Exception {
        List<Integer> putsBeforeActivating = new ArrayList<>();
        wmi.answer(WmiSchema.ACTIVATE_SERVER_AUTOMATIC, call -> {
            putsBeforeActivating.add(wmi.puts.size());
            return new WmiOutput(call.method().toString(), Map.of("ReturnValue", 0, "ActivationStatus", 0));
        });

        automaticActivation().execute();

        assertThat(putsBeforeActivating).containsExactly(1);
        assertThat(wmi.puts.get(0).changes()).containsEntry("Company", RdsFixtures.CONTACT.company());
        assertThat(wmi.methodNames()).containsExactly("ActivateServerAutomatic");
        assertThat(new ActionJournal(dir.resolve("journal.tsv")).read()).extracting(JournalEntry::outcome)
                .containsExactly(Hresult.S_OK);
    }

    @Test
    void aRefusedPutStopsAutomaticActivationBeforeItCallsMicrosoft() throws Exception {
        wmi.failPut(WmiSchema.TS_LICENSE_SERVER, WmiGateway.ACCESS_DENIED);

        assertThatThrownBy(automaticActivation()::execute)
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F025));

        assertThat(wmi.calls).isEmpty();
        assertThat(new ActionJournal(dir.resolve("journal.tsv")).read()).extracting(JournalEntry::outcome)
                .containsExactly(new Hresult(0xC004F025));
    }
}
