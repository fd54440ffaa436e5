package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedLicensingServiceTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final long MINUTES_IN_180_DAYS = 180L * 24 * 60;

    private static final String RETAIL_ID = "caac8cd7-e5ab-4567-8a22-e2fd282ef2cc";
    private static final String KMS_ID = "27519077-4a9e-44c1-8b97-b944af1d25b4";
    private static final String NO_KEY_ID = "e165e7ed-7efd-4c17-9041-a5f789644b69";

    /** Three products in their grace period, and online activation that works. */
    private static final String ACTIVATION_WORKS = """
            {
              "schemaVersion": 1,
              "title": {"en": "Activation works", "ja": "認証できる"},
              "summary": {"en": "Everything reachable.", "ja": "すべて到達可能です。"},
              "machine": {"computerName": "LAB-01", "osName": "Windows 10 Pro", "version": "10.0.19045",
                          "build": 19045, "editionId": "Professional", "domainRole": "MEMBER_WORKSTATION",
                          "domain": "corp.example", "elevated": true},
              "products": [
                {"activationId": "caac8cd7-e5ab-4567-8a22-e2fd282ef2cc", "name": "Windows(R), Professional edition",
                 "description": "Windows(R) Operating System, RETAIL channel", "productKeyChannel": "Retail",
                 "partialKey": "QFTJK", "licenseStatus": 2, "graceMinutes": 14400, "reason": "0x4004F00C",
                 "lastActivationError": "0x80072EE7", "remainingRearms": 5},
                {"activationId": "27519077-4a9e-44c1-8b97-b944af1d25b4", "name": "Windows(R), Enterprise edition",
                 "description": "Windows(R) Operating System, VOLUME_KMSCLIENT channel", "productKeyChannel": "Volume:GVLK",
                 "partialKey": "T83GX", "licenseStatus": 2, "graceMinutes": 17280, "reason": "0x4004F00C",
                 "remainingRearms": 1001,
                 "kmsClient": {"registeredPort": 0, "discoveredHost": "kms01.corp.example", "discoveredPort": 1688,
                               "activationIntervalMinutes": 120, "renewalIntervalMinutes": 10080}},
                {"activationId": "e165e7ed-7efd-4c17-9041-a5f789644b69", "name": "Windows(R), Education edition",
                 "description": "Windows(R) Operating System, RETAIL channel",
                 "licenseStatus": 0, "graceMinutes": 0, "reason": "0xC004F014", "remainingRearms": 5}
              ],
              "onlineActivation": "success"
            }
            """;

    private final ScenarioCatalog catalog = new ScenarioCatalog();

    @TempDir
    Path dir;

    @Test
    void snapshotReflectsTheScenario() throws Exception {
        Scenario scenario = catalog.load("win10-pro-kms-no-srv");
        SimulatedLicensingService service = new SimulatedLicensingService(scenario, CLOCK, Duration.ZERO);

        MachineSnapshot snapshot = service.snapshot();

        assertThat(snapshot.takenAt()).isEqualTo(NOW);
        assertThat(snapshot.machine()).isEqualTo(scenario.machine());
        assertThat(snapshot.machine().computerName()).isEqualTo("PC-0217");
        assertThat(snapshot.machine().elevated()).isFalse();
        assertThat(snapshot.products()).isEqualTo(scenario.products());
        LicensingProduct windows = snapshot.windowsProduct().orElseThrow();
        assertThat(windows.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(windows.partialKey()).isEqualTo("T83GX");
        assertThat(windows.licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
        assertThat(windows.lastActivationError()).isEqualTo(new Hresult(0x8007232B));
        assertThat(service.licenseServer()).isEmpty();
    }

    @Test
    void licenseServerComesFromTheScenario() throws Exception {
        Scenario scenario = catalog.load("rds2022-rebuilt");
        SimulatedLicensingService service = new SimulatedLicensingService(scenario, CLOCK, Duration.ZERO);

        assertThat(service.licenseServer()).isEqualTo(scenario.rds()).isPresent();
    }

    @Test
    void successfulOnlineActivationLicensesTheProduct() throws Exception {
        SimulatedLicensingService service = serviceFor(ACTIVATION_WORKS);

        service.activateOnline(RETAIL_ID);

        LicensingProduct product = service.snapshot().product(RETAIL_ID).orElseThrow();
        assertThat(product.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(product.reason()).isEqualTo(Hresult.S_OK);
        assertThat(product.lastActivationError()).as("an old failure is history once activation worked").isNull();
        assertThat(product.graceMinutes()).as("a retail activation does not expire").isZero();
        assertThat(product.partialKey()).isEqualTo("QFTJK");
        // the other products are untouched
        assertThat(service.snapshot().product(KMS_ID).orElseThrow().licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
    }

    @Test
    void kmsClientActivationIsValidFor180Days() throws Exception {
        SimulatedLicensingService service = serviceFor(ACTIVATION_WORKS);

        service.activateOnline(KMS_ID.toUpperCase()); // activation IDs are GUIDs: case does not matter

        LicensingProduct product = service.snapshot().product(KMS_ID).orElseThrow();
        assertThat(product.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(product.reason()).isEqualTo(Hresult.S_OK);
        assertThat(product.graceMinutes()).isEqualTo(MINUTES_IN_180_DAYS).isEqualTo(259_200L);
        assertThat(product.kmsClient()).isNotNull();
    }

    @Test
    void failedOnlineActivationThrowsTheScenarioCodeAndKeepsTheState() throws Exception {
        Scenario scenario = catalog.load("mak-no-internet");
        SimulatedLicensingService service = new SimulatedLicensingService(scenario, CLOCK, Duration.ZERO);
        LicensingProduct before = service.snapshot().windowsProduct().orElseThrow();

        LicensingException e = catchThrowableOfType(LicensingException.class,
                () -> service.activateOnline(before.activationId()));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(new Hresult(0x80072EE7));
        assertThat(e.getMessage()).contains("0x80072EE7");
        LicensingProduct after = service.snapshot().product(before.activationId()).orElseThrow();
        assertThat(after.lastActivationError()).isEqualTo(new Hresult(0x80072EE7));
        assertThat(after.licenseStatus()).isEqualTo(before.licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
        assertThat(after.graceMinutes()).isEqualTo(before.graceMinutes());
        assertThat(after.reason()).isEqualTo(before.reason());
    }

    @Test
    void failedActivationIsRecordedAsTheLastActivationError() throws Exception {
        // this scenario starts without a last error, so the snapshot can only show the code if the attempt stored it
        Scenario scenario = catalog.load("server2019-std-datacenter-key");
        SimulatedLicensingService service = new SimulatedLicensingService(scenario, CLOCK, Duration.ZERO);
        LicensingProduct before = service.snapshot().windowsProduct().orElseThrow();
        assertThat(before.lastActivationError()).isNull();

        LicensingException e = catchThrowableOfType(LicensingException.class,
                () -> service.activateOnline(before.activationId()));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(scenario.onlineActivationOutcome()).isEqualTo(new Hresult(0xC004F050));
        LicensingProduct after = service.snapshot().windowsProduct().orElseThrow();
        assertThat(after.lastActivationError()).isEqualTo(new Hresult(0xC004F050));
        assertThat(after.withState(before.licenseStatus(), before.graceMinutes(), before.reason(), null))
                .as("nothing but the last error changed").isEqualTo(before);
    }

    @Test
    void aSnapshotDoesNotChangeAfterwards() throws Exception {
        SimulatedLicensingService service = serviceFor(ACTIVATION_WORKS);
        MachineSnapshot before = service.snapshot();

        service.activateOnline(RETAIL_ID);

        assertThat(before.product(RETAIL_ID).orElseThrow().licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
        assertThat(service.snapshot().product(RETAIL_ID).orElseThrow().licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
    }

    @Test
    void unknownActivationIdIsNotInstalled() throws Exception {
        SimulatedLicensingService service = serviceFor(ACTIVATION_WORKS);
        MachineSnapshot before = service.snapshot();

        LicensingException e = catchThrowableOfType(LicensingException.class,
                () -> service.activateOnline("00000000-0000-0000-0000-000000000000"));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(new Hresult(0xC004F014));
        assertThat(service.snapshot().products()).isEqualTo(before.products());
    }

    @Test
    void productWithoutAKeyIsNotInstalledEither() throws Exception {
        SimulatedLicensingService service = serviceFor(ACTIVATION_WORKS);

        LicensingException e = catchThrowableOfType(LicensingException.class, () -> service.activateOnline(NO_KEY_ID));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(new Hresult(0xC004F014));
        assertThat(service.snapshot().product(NO_KEY_ID).orElseThrow().licenseStatus()).isEqualTo(LicenseStatus.UNLICENSED);
    }

    @Test
    void interruptedWhileWaitingIsCancelledAndKeepsTheInterrupt() throws Exception {
        SimulatedLicensingService service = new SimulatedLicensingService(scenario(ACTIVATION_WORKS), CLOCK,
                Duration.ofMinutes(5));
        Thread.currentThread().interrupt();
        try {
            LicensingException e = catchThrowableOfType(LicensingException.class, () -> service.activateOnline(RETAIL_ID));

            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(new Hresult(0x800704C7));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(service.snapshot().product(RETAIL_ID).orElseThrow().licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
    }

    private Scenario scenario(String json) throws IOException, ScenarioException {
        Path file = Files.writeString(dir.resolve("activation-works.json"), json, StandardCharsets.UTF_8);
        return new ScenarioLoader().load(file);
    }

    private SimulatedLicensingService serviceFor(String json) throws IOException, ScenarioException {
        return new SimulatedLicensingService(scenario(json), CLOCK, Duration.ZERO);
    }
}
