package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeState;
import org.junit.jupiter.api.Test;

/**
 * A practice KMS client activates the way a real one does: only through a KMS host it reaches in the scenario's
 * network, the one set by hand or the one DNS names. A KMS host turned into a client stops answering.
 */
class SimulatedKmsClientTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:30:00Z"), ZoneOffset.UTC);
    private static final Hresult NO_SRV_RECORD = new Hresult(0x8007232B);
    private static final Hresult NO_KMS_CONTACTED = new Hresult(0xC004F074);
    /** Microsoft's published KMS client key for Windows Server 2019 Standard. */
    private static final ProductKey STANDARD_2019_GVLK = ProductKey.of("N69G4-B89J2-4G8F4-WWYCC-J464C");

    /** A built-in scenario, run as an administrator so that the host can be set. */
    private static SimulatedLicensingService elevated(String id) throws IOException, ScenarioException {
        try (InputStream in = SimulatedKmsClientTest.class.getResourceAsStream("/scenarios/" + id + ".json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"elevated\": false", "\"elevated\": true");
            Scenario scenario = new ScenarioLoader().parse(id, id + ".json", json.getBytes(StandardCharsets.UTF_8));
            return new SimulatedLicensingService(scenario, CLOCK, Duration.ZERO);
        }
    }

    private static LicensingProduct windows(SimulatedLicensingService service) {
        return service.snapshot().windowsProduct().orElseThrow();
    }

    private static Hresult activationFails(SimulatedLicensingService service) {
        return catchThrowableOfType(LicensingException.class,
                () -> service.activateOnline(windows(service).activationId())).code();
    }

    @Test
    void withoutAnSrvRecordTheClientFindsNoHostUntilTheHostIsSetByHand() throws Exception {
        SimulatedLicensingService service = elevated("win10-pro-kms-no-srv");

        assertThat(activationFails(service)).isEqualTo(NO_SRV_RECORD);

        service.setKmsHost("kms01.corp.example", 0);
        service.activateOnline(windows(service).activationId());

        LicensingProduct after = windows(service);
        assertThat(after.licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
        assertThat(after.graceMinutes()).isEqualTo(Duration.ofDays(180).toMinutes());
        assertThat(after.kmsClient().registeredHost()).isEqualTo("kms01.corp.example");
    }

    @Test
    void aHostSetByHandThatDoesNotAnswerIsReportedAsNoKmsContacted() throws Exception {
        SimulatedLicensingService service = elevated("win10-pro-kms-no-srv");

        service.setKmsHost("kms01.corp.example", 1689); // the scenario's host listens on 1688 only
        assertThat(activationFails(service)).isEqualTo(NO_KMS_CONTACTED);

        service.setKmsHost("kms99.corp.example", 0); // a name that does not resolve
        assertThat(activationFails(service)).isEqualTo(NO_KMS_CONTACTED);

        service.clearKmsHost(); // back to DNS, where there is no record
        assertThat(activationFails(service)).isEqualTo(NO_SRV_RECORD);
        assertThat(windows(service).licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
    }

    @Test
    void aKmsHostTurnedIntoAClientNoLongerAnswersItsOwnRecord() throws Exception {
        SimulatedLicensingService service = elevated("kms-host-below-threshold");
        KmsEndpoint self = new KmsEndpoint("kms01.corp.example", 1688);
        assertThat(service.kmsNetwork(Duration.ZERO).probe(self, Duration.ofSeconds(1)).state())
                .isEqualTo(ProbeState.KMS);

        service.installProductKey(STANDARD_2019_GVLK);

        assertThat(windows(service).channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(windows(service).kmsHost()).isNull();
        assertThat(service.kmsNetwork(Duration.ZERO).probe(self, Duration.ofSeconds(1)).state())
                .isEqualTo(ProbeState.REFUSED);
        assertThat(activationFails(service)).as("DNS still names this computer, which no longer listens")
                .isEqualTo(NO_KMS_CONTACTED);
    }

    @Test
    void theHostItselfStillActivatesWithMicrosoftAsTheScenarioSays() throws Exception {
        SimulatedLicensingService service = elevated("kms-host-below-threshold");

        service.activateOnline(windows(service).activationId());

        assertThat(windows(service).channel()).isEqualTo(Channel.KMS_HOST);
        assertThat(windows(service).licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
    }
}
