package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.junit.jupiter.api.Test;

/** The practice machine's changes behave the way the Windows licensing service's do, seen from the port. */
class SimulatedChangesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:30:00Z"), ZoneOffset.UTC);

    static SimulatedLicensingService practice(String scenario) throws ScenarioException {
        return new SimulatedLicensingService(new ScenarioCatalog().load(scenario), CLOCK, Duration.ZERO);
    }

    static ProductKey publishedKey(String editionId, String osVersion) {
        return GvlkCatalog.builtIn().entries().stream()
                .filter(e -> editionId.equals(e.editionId()) && e.osVersion().contains(osVersion))
                .findFirst().orElseThrow().key();
    }

    private static LicensingProduct windows(SimulatedLicensingService service) {
        return service.snapshot().windowsProduct().orElseThrow();
    }

    @Test
    void phoneActivationWorksWithThePracticeLinesAnswerOnly() throws Exception {
        SimulatedLicensingService service = practice("mak-no-internet");
        LicensingProduct mak = windows(service);
        InstallationId iid = InstallationId.of(service.installationId(mak.activationId()));

        assertThat(iid.digits()).hasSize(63);
        assertThat(service.installationId(mak.activationId())).as("stable while nothing changes").isEqualTo(iid.digits());

        ConfirmationId answer = service.confirmationIdFor(iid);
        String wrong = answer.digits().substring(0, 47) + (answer.digits().charAt(47) == '0' ? '1' : '0');
        LicensingException typo = catchThrowableOfType(LicensingException.class,
                () -> service.depositConfirmationId(mak.activationId(), iid.digits(), wrong));
        assertThat(typo.code()).isEqualTo(new Hresult(0xC004F04D));
        assertThat(windows(service).isActivated()).isFalse();

        service.depositConfirmationId(mak.activationId(), iid.digits(), answer.digits());
        assertThat(windows(service).licenseStatus()).isEqualTo(LicenseStatus.LICENSED);
    }

    @Test
    void aHardwareChangeGivesANewInstallationIdAndTheOldAnswerNoLongerFits() throws Exception {
        SimulatedLicensingService service = practice("mak-no-internet");
        String id = windows(service).activationId();
        InstallationId before = InstallationId.of(service.installationId(id));
        ConfirmationId answer = service.confirmationIdFor(before);

        service.simulateHardwareChange();

        assertThat(service.installationId(id)).isNotEqualTo(before.digits());
        LicensingException mismatch = catchThrowableOfType(LicensingException.class,
                () -> service.depositConfirmationId(id, before.digits(), answer.digits()));
        assertThat(mismatch.code()).isEqualTo(new Hresult(0xC004F031));
    }

    @Test
    void practiceIdsDependOnTheMachineAndAreNotAFixedAnswer() throws Exception {
        String mak = practice("mak-no-internet").installationId(windows(practice("mak-no-internet")).activationId());
        String retail = practice("win10-pro-activated").installationId(windows(practice("win10-pro-activated"))
                .activationId());

        assertThat(mak).isNotEqualTo(retail);
        SimulatedLicensingService service = practice("mak-no-internet");
        assertThat(service.confirmationIdFor(InstallationId.of(mak)))
                .isNotEqualTo(service.confirmationIdFor(InstallationId.of(retail)));
    }

    @Test
    void aKmsClientKeyForTheInstalledEditionMakesAKmsClientWaitingForActivation() throws Exception {
        SimulatedLicensingService service = practice("mak-no-internet");
        ProductKey gvlk = publishedKey("Professional", "10");

        service.installProductKey(gvlk);

        LicensingProduct product = windows(service);
        assertThat(product.channel()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(product.partialKey()).isEqualTo(gvlk.lastGroup());
        assertThat(product.isActivated()).isFalse();
        assertThat(product.kmsClient()).isNotNull();
    }

    @Test
    void aKeyForAnotherEditionIsRefusedAndNothingChanges() throws Exception {
        SimulatedLicensingService service = practice("mak-no-internet");
        LicensingProduct before = windows(service);

        LicensingException refused = catchThrowableOfType(LicensingException.class,
                () -> service.installProductKey(publishedKey("ServerDatacenter", "2019")));

        assertThat(refused.code()).isEqualTo(new Hresult(0xC004F069));
        assertThat(windows(service)).isEqualTo(before);
    }

    @Test
    void changesWithoutElevationAreDeniedLikeOnWindows() throws Exception {
        SimulatedLicensingService service = practice("win10-pro-kms-no-srv"); // runs as a standard user

        LicensingException denied = catchThrowableOfType(LicensingException.class,
                () -> service.setKmsHost("kms01.corp.example", 1688));

        assertThat(denied.code()).isEqualTo(new Hresult(0xC004F025));
        assertThat(denied).hasMessageNotContaining("kms01"); // a host is no secret, but messages stay generic
    }

    @Test
    void rearmUsesOneRearmAndFailsWhenNoneIsLeft() throws Exception {
        SimulatedLicensingService service = practice("mak-no-internet");
        int before = windows(service).remainingRearms();

        service.rearm();

        assertThat(windows(service).remainingRearms()).isEqualTo(before - 1);
        assertThat(windows(service).licenseStatus()).isEqualTo(LicenseStatus.OOB_GRACE);
    }

    @Test
    void anEvaluationDomainControllerCannotBeConvertedButAMemberServerCan() throws Exception {
        SimulatedLicensingService dc = practice("server2019-eval-expired");
        LicensingException refused = catchThrowableOfType(LicensingException.class,
                () -> dc.convertEdition("ServerStandard", publishedKey("ServerStandard", "2019")));
        assertThat(refused.code()).isEqualTo(new Hresult(0x80070032));
        assertThat(dc.snapshot().machine().editionId()).isEqualTo("ServerStandardEval");

        SimulatedLicensingService standard = practice("server2019-std-datacenter-key");
        standard.convertEdition("ServerDatacenter", publishedKey("ServerDatacenter", "2019"));
        assertThat(standard.snapshot().machine().editionId()).isEqualTo("ServerDatacenter");
        assertThat(windows(standard).channel()).isEqualTo(Channel.KMS_CLIENT);
    }

    @Test
    void uninstallingLeavesTheProductWithoutKeyAndNoInstallationId() throws Exception {
        SimulatedLicensingService service = practice("mak-no-internet");
        String id = windows(service).activationId();

        service.uninstallProductKey(id);

        assertThat(service.snapshot().product(id).orElseThrow().partialKey()).isNull();
        assertThat(catchThrowableOfType(LicensingException.class, () -> service.installationId(id)).code())
                .isEqualTo(new Hresult(0xC004F014));
    }
}
