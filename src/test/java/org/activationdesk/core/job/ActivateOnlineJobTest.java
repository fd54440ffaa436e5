package org.activationdesk.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivateOnlineJobTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ACTIVATION_ID = "c4c6e81a-9f21-45af-8a91-252471d9e923";
    /** Five groups of five: what a full product key looks like anywhere in a text. */
    private static final String FULL_KEY = "[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}";

    @TempDir
    Path dir;

    /** A licensing service that answers with a given outcome and remembers what it was asked. */
    private static final class FakeService extends ReadOnlyLicensingService {
        final Hresult outcome;
        final List<String> activated = new ArrayList<>();

        FakeService(Hresult outcome) {
            this.outcome = outcome;
        }

        @Override
        public MachineSnapshot snapshot() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void activateOnline(String activationId) throws LicensingException {
            activated.add(activationId);
            if (outcome.isFailure()) {
                throw new LicensingException(outcome, "Activation failed");
            }
        }
    }

    private static MachineInfo machine(boolean elevated) {
        return new MachineInfo("LAB-PC07", "Windows 10 Pro", "10.0.19045", 19045, "Professional",
                DomainRole.STANDALONE_WORKSTATION, null, elevated);
    }

    private static LicensingProduct mak(String partialKey) {
        return new LicensingProduct(ACTIVATION_ID, "Windows(R), Professional edition",
                "Windows(R) Operating System, VOLUME_MAK channel", "Volume:MAK", partialKey, LicenseStatus.OOB_GRACE,
                28800, new Hresult(0x4004F00C), null, null, 1001, null, null);
    }

    private static LicensingProduct kmsClient() {
        return new LicensingProduct(ACTIVATION_ID, "Windows(R), Professional edition",
                "Windows(R) Operating System, VOLUME_KMSCLIENT channel", "Volume:GVLK", "T83GX", LicenseStatus.OOB_GRACE,
                28800, new Hresult(0x4004F00C), null, null, 1001,
                new KmsClientInfo("kms01.corp.example", 1688, null, 0, null, 120, 10080), null);
    }

    private static MachineSnapshot snapshot(boolean elevated, LicensingProduct... products) {
        return new MachineSnapshot(machine(elevated), List.of(products), NOW);
    }

    private ActionJournal journal() {
        return new ActionJournal(dir.resolve("actions.log"));
    }

    @Test
    void successWritesExactlyOneLineWithTheMaskedKey() throws Exception {
        FakeService service = new FakeService(Hresult.S_OK);
        ActionJournal journal = journal();
        LicensingProduct product = mak("QJ4KX");
        ActivateOnlineJob job = new ActivateOnlineJob(new JobContext(service, journal, CLOCK, "LAB-PC07"), product);

        job.execute();

        assertThat(service.activated).containsExactly(ACTIVATION_ID);
        assertThat(journal.read()).containsExactly(new JournalEntry(NOW, "LAB-PC07", ActivateOnlineJob.ACTION,
                "*****-*****-*****-*****-QJ4KX", Hresult.S_OK));
        List<String> lines = Files.readAllLines(journal.file(), StandardCharsets.UTF_8);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line).contains("\t*****-*****-*****-*****-QJ4KX\t").endsWith("\t0x00000000\t-")
                    .doesNotContainPattern(FULL_KEY);
        });
    }

    @Test
    void failureWritesExactlyOneLineWithTheCodeAndStillThrows() throws Exception {
        Hresult noInternet = new Hresult(0x80072EE7);
        ActionJournal journal = journal();
        LicensingProduct product = mak("QJ4KX");
        ActivateOnlineJob job = new ActivateOnlineJob(new JobContext(new FakeService(noInternet), journal, CLOCK, "LAB-PC07"), product);

        LicensingException e = catchThrowableOfType(LicensingException.class, job::execute);

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(noInternet);
        assertThat(journal.read()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(noInternet);
            assertThat(entry.action()).isEqualTo(ActivateOnlineJob.ACTION);
            assertThat(entry.maskedKey()).isEqualTo("*****-*****-*****-*****-QJ4KX");
        });
        assertThat(Files.readAllLines(journal.file(), StandardCharsets.UTF_8)).singleElement()
                .satisfies(line -> assertThat(line).endsWith("\t0x80072EE7\t-").doesNotContainPattern(FULL_KEY));
    }

    @Test
    void eachRunWritesItsOwnLine() throws Exception {
        ActionJournal journal = journal();
        LicensingProduct product = mak("QJ4KX");
        ActivateOnlineJob failing = new ActivateOnlineJob(new JobContext(new FakeService(new Hresult(0xC004C008)), journal, CLOCK, "LAB-PC07"), product);
        ActivateOnlineJob working = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal, CLOCK, "LAB-PC07"), product);

        catchThrowableOfType(LicensingException.class, failing::execute);
        working.execute();

        assertThat(journal.read()).extracting(JournalEntry::outcome)
                .containsExactly(new Hresult(0xC004C008), Hresult.S_OK);
    }

    @Test
    void aProductWithoutKeyIsJournalledWithADash() throws Exception {
        ActionJournal journal = journal();
        LicensingProduct product = mak(null);
        ActivateOnlineJob job = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal, CLOCK, "LAB-PC07"), product);

        job.execute();

        assertThat(journal.read()).singleElement().extracting(JournalEntry::maskedKey).isEqualTo("-");
    }

    @Test
    void onlineActivationWithMicrosoftNeedsElevation() {
        LicensingProduct product = mak("QJ4KX");
        ActivateOnlineJob job = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal(), CLOCK, "LAB-PC07"), product);

        assertThat(job.unmetPreconditions(snapshot(false, product))).containsExactly(Precondition.ELEVATION);
        assertThat(job.unmetPreconditions(snapshot(true, product))).isEmpty();
    }

    @Test
    void kmsClientActivationWorksForAStandardUser() {
        LicensingProduct product = kmsClient();
        ActivateOnlineJob job = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal(), CLOCK, "LAB-PC07"), product);

        assertThat(job.unmetPreconditions(snapshot(false, product))).isEmpty();
    }

    @Test
    void aProductWithoutKeyOrMissingFromTheSnapshotIsReported() {
        LicensingProduct product = mak("QJ4KX");
        ActivateOnlineJob job = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal(), CLOCK, "LAB-PC07"), product);

        assertThat(job.unmetPreconditions(snapshot(true))).containsExactly(Precondition.PRODUCT_WITH_KEY);
        assertThat(job.unmetPreconditions(snapshot(true, mak(null)))).containsExactly(Precondition.PRODUCT_WITH_KEY);
        assertThat(job.unmetPreconditions(snapshot(false, mak(null))))
                .containsExactlyInAnyOrder(Precondition.PRODUCT_WITH_KEY, Precondition.ELEVATION);
    }

    @Test
    void describeSaysWhereActivationGoesInBothLanguages() {
        LicensingProduct mak = mak("QJ4KX");
        LicensingProduct kms = kmsClient();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            String microsoft = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal(), CLOCK, "LAB-PC07"), mak).describe(messages);
            String host = new ActivateOnlineJob(new JobContext(new FakeService(Hresult.S_OK), journal(), CLOCK, "LAB-PC07"), kms).describe(messages);

            assertThat(microsoft).contains(mak.name()).doesNotStartWith("!").isNotEqualTo(host);
            assertThat(host).contains(kms.name()).doesNotStartWith("!").contains("KMS");
        }
    }
}
