package org.activationdesk.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every job against the practice machine: what it changes, what it checks first, and its one journal line. */
class LicensingJobsTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");

    @TempDir
    Path dir;

    private SimulatedLicensingService service;
    private ActionJournal journal;

    private JobContext practice(String scenario) throws Exception {
        service = new SimulatedLicensingService(new ScenarioCatalog().load(scenario), Clock.systemUTC(), Duration.ZERO);
        journal = new ActionJournal(dir.resolve("actions.log"));
        return new JobContext(service, journal, Clock.fixed(NOW, ZoneOffset.UTC),
                service.snapshot().machine().computerName());
    }

    private MachineSnapshot snapshot() {
        return service.snapshot();
    }

    private LicensingProduct windows() {
        return snapshot().windowsProduct().orElseThrow();
    }

    private static ProductKey gvlk(String editionId, String osVersion) {
        return GvlkCatalog.builtIn().entries().stream()
                .filter(e -> editionId.equals(e.editionId()) && e.osVersion().contains(osVersion))
                .findFirst().orElseThrow().key();
    }

    private List<String> journalLines() throws Exception {
        return Files.readAllLines(journal.file(), StandardCharsets.UTF_8);
    }

    @Test
    void aKmsClientKeyIsNotInstalledUntilTheUserConfirmsIt() throws Exception {
        JobContext context = practice("mak-no-internet");
        ProductKey key = gvlk("Professional", "10");
        var identity = KeyIdentifier.publishedKeysOnly().identify(key);

        InstallKeyJob unconfirmed = new InstallKeyJob(context, key, identity, false);
        InstallKeyJob confirmed = new InstallKeyJob(context, key, identity, true);

        assertThat(unconfirmed.unmetPreconditions(snapshot())).containsExactly(Precondition.GVLK_CONFIRMATION);
        assertThat(confirmed.unmetPreconditions(snapshot())).isEmpty();
        assertThat(confirmed.describe(Messages.of(Language.ENGLISH))).contains("KMS client key").contains(key.masked());

        confirmed.execute();

        assertThat(windows().partialKey()).isEqualTo(key.lastGroup());
        assertThat(journal.read()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(InstallKeyJob.ACTION);
            assertThat(e.maskedKey()).isEqualTo(key.masked());
            assertThat(e.outcome()).isEqualTo(Hresult.S_OK);
        });
        assertThat(journalLines()).noneMatch(line -> FULL_KEY.matcher(line).find());
    }

    @Test
    void aKeyForAnotherEditionIsAnUnmetPreconditionAndWindowsRefusesItAnyway() throws Exception {
        JobContext context = practice("mak-no-internet");
        ProductKey server = gvlk("ServerDatacenter", "2019");
        InstallKeyJob job = new InstallKeyJob(context, server, KeyIdentifier.publishedKeysOnly().identify(server), true);

        assertThat(job.unmetPreconditions(snapshot())).containsExactly(Precondition.KEY_FOR_THIS_EDITION);
        LicensingException refused = catchThrowableOfType(LicensingException.class, job::execute);

        assertThat(refused.code()).isEqualTo(new Hresult(0xC004F069));
        assertThat(journal.read()).singleElement().extracting(JournalEntry::outcome).isEqualTo(new Hresult(0xC004F069));
    }

    @Test
    void phoneActivationJournalsTheInstallationAndConfirmationIds() throws Exception {
        JobContext context = practice("mak-no-internet");
        LicensingProduct mak = windows();
        GenerateInstallationIdJob read = new GenerateInstallationIdJob(context, mak);
        read.execute();
        InstallationId iid = read.installationId();
        ConfirmationId cid = service.confirmationIdFor(iid);

        new DepositConfirmationIdJob(context, mak, iid, cid).execute();

        assertThat(windows().isActivated()).isTrue();
        assertThat(journal.read()).extracting(JournalEntry::action)
                .containsExactly(GenerateInstallationIdJob.ACTION, DepositConfirmationIdJob.ACTION);
        assertThat(journal.read().get(1).detail()).contains(iid.grouped()).contains(cid.toString());
    }

    @Test
    void aChangedInstallationIdStopsTheDepositBeforeTheConfirmationIdIsTried() throws Exception {
        JobContext context = practice("mak-no-internet");
        LicensingProduct mak = windows();
        InstallationId iid = InstallationId.of(service.installationId(mak.activationId()));
        ConfirmationId cid = service.confirmationIdFor(iid);
        service.simulateHardwareChange();
        DepositConfirmationIdJob deposit = new DepositConfirmationIdJob(context, mak, iid, cid);

        LicensingException changed = catchThrowableOfType(LicensingException.class, deposit::execute);

        assertThat(changed.code()).isEqualTo(DepositConfirmationIdJob.INSTALLATION_ID_CHANGED);
        assertThat(deposit.installationIdChanged()).isTrue();
        assertThat(windows().isActivated()).isFalse();
        assertThat(journal.read()).singleElement().satisfies(e -> assertThat(e.detail()).contains("IID changed"));
    }

    @Test
    void aWrongConfirmationIdIsJournalledWithItsCode() throws Exception {
        JobContext context = practice("mak-no-internet");
        LicensingProduct mak = windows();
        InstallationId iid = InstallationId.of(service.installationId(mak.activationId()));
        String right = service.confirmationIdFor(iid).digits();
        ConfirmationId typo = ConfirmationId.of(right.substring(0, 20) + (right.charAt(20) == '9' ? '0' : '9')
                + right.substring(21));

        LicensingException wrong = catchThrowableOfType(LicensingException.class,
                new DepositConfirmationIdJob(context, mak, iid, typo)::execute);

        assertThat(wrong.code()).isEqualTo(new Hresult(0xC004F04D));
        assertThat(journal.read()).singleElement().extracting(JournalEntry::outcome).isEqualTo(new Hresult(0xC004F04D));
    }

    @Test
    void phoneActivationIsNotOfferedForAKmsClient() throws Exception {
        JobContext context = practice("win10-pro-kms-no-srv");

        assertThat(new GenerateInstallationIdJob(context, windows()).unmetPreconditions(snapshot()))
                .contains(Precondition.NOT_A_KMS_CLIENT);
    }

    @Test
    void rearmWarnsWithTheCountsAndNeedsOneLeft() throws Exception {
        JobContext context = practice("mak-no-internet");
        LicensingProduct product = windows();
        RearmJob rearm = new RearmJob(context, product);

        String en = rearm.describe(Messages.of(Language.ENGLISH));
        assertThat(en).contains("does not activate").contains("1,001").contains("1,000");
        assertThat(rearm.describe(Messages.of(Language.JAPANESE))).contains("ライセンス認証にはならず");

        rearm.execute();
        assertThat(windows().remainingRearms()).isEqualTo(product.remainingRearms() - 1);
        assertThat(journal.read()).singleElement().extracting(JournalEntry::action).isEqualTo(RearmJob.ACTION);
    }

    @Test
    void settingAKmsHostNeedsElevationAndAValidName() throws Exception {
        JobContext context = practice("win10-pro-kms-no-srv"); // a standard user

        assertThat(SetKmsHostJob.set(context, "kms01.corp.example", 0).unmetPreconditions(snapshot()))
                .containsExactly(Precondition.ELEVATION);
        assertThat(SetKmsHostJob.set(context, "http://kms01/", 1688).unmetPreconditions(snapshot()))
                .contains(Precondition.VALID_KMS_HOST);
        assertThat(SetKmsHostJob.set(context, "kms01 corp", 1688).unmetPreconditions(snapshot()))
                .contains(Precondition.VALID_KMS_HOST);
        assertThat(SetKmsHostJob.set(context, "10.0.0.5", 70000).unmetPreconditions(snapshot()))
                .contains(Precondition.VALID_KMS_HOST);

        LicensingException denied = catchThrowableOfType(LicensingException.class,
                SetKmsHostJob.set(context, "kms01.corp.example", 0)::execute);
        assertThat(denied.code()).isEqualTo(new Hresult(0xC004F025));
        assertThat(journal.read()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(SetKmsHostJob.ACTION_SET);
            assertThat(e.detail()).isEqualTo("kms01.corp.example:1688");
        });
    }

    @Test
    void convertingAnEvaluationDomainControllerIsBlockedBeforeItRuns() throws Exception {
        JobContext context = practice("server2019-eval-expired");
        ConvertEditionJob job = new ConvertEditionJob(context, "ServerStandard", gvlk("ServerStandard", "2019"));

        assertThat(job.unmetPreconditions(snapshot())).containsExactly(Precondition.NOT_AN_EVALUATION_DOMAIN_CONTROLLER);
        assertThat(job.describe(Messages.of(Language.ENGLISH))).contains("DISM").contains("restart")
                .doesNotContainPattern(FULL_KEY);
    }

    @Test
    void everyJobDescribesItselfInBothLanguages() throws Exception {
        JobContext context = practice("mak-no-internet");
        LicensingProduct product = windows();
        ProductKey key = gvlk("Professional", "10");
        InstallationId iid = InstallationId.of(service.installationId(product.activationId()));
        List<LicensingJob> jobs = List.of(
                new ActivateOnlineJob(context, product),
                new InstallKeyJob(context, key, KeyIdentifier.publishedKeysOnly().identify(key), false),
                new UninstallKeyJob(context, product),
                new ClearKeyFromRegistryJob(context),
                new GenerateInstallationIdJob(context, product),
                new DepositConfirmationIdJob(context, product, iid, service.confirmationIdFor(iid)),
                new RearmJob(context, product),
                SetKmsHostJob.set(context, "kms01.corp.example", 1688),
                SetKmsHostJob.clear(context),
                new ConvertEditionJob(context, "ServerDatacenter", key));
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertThat(jobs).map(job -> job.describe(messages))
                    .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("!")
                            .doesNotContainPattern(FULL_KEY))
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void aCancelledJobStillWritesItsLineAndKeepsTheInterrupt() throws Exception {
        service = new SimulatedLicensingService(new ScenarioCatalog().load("mak-no-internet"), Clock.systemUTC(),
                Duration.ofSeconds(30));
        journal = new ActionJournal(dir.resolve("actions.log"));
        JobContext context = new JobContext(service, journal, Clock.fixed(NOW, ZoneOffset.UTC), "LAB-PC07");
        GenerateInstallationIdJob job = new GenerateInstallationIdJob(context, windows());
        java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
        Thread worker = new Thread(() -> {
            try {
                job.execute();
            } catch (LicensingException expected) {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        worker.start();
        Thread.sleep(200);
        worker.interrupt();
        worker.join(10_000);

        assertThat(journal.read()).singleElement().extracting(e -> e.outcome().toString()).isEqualTo("0x800704C7");
        assertThat(stillInterrupted).isTrue();
    }
}
