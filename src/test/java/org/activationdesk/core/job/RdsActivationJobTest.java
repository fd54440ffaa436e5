package org.activationdesk.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsFixtures;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RdsIdKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdsActivationJobTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T08:30:00Z"), ZoneOffset.UTC);
    private static final RdsId NEW_ID = RdsId.of(RdsIdKind.LICENSE_SERVER_ID, "TESTSERVER0000000000000000000000002");

    @TempDir
    Path dir;

    /** Answers every method with a given status or failure and remembers the calls, in WMI's names. */
    private static final class FakeRds implements RdsLicensingService {
        final List<String> calls = new ArrayList<>();
        RdsActivationStatus answer = RdsActivationStatus.ACTIVATED;
        Hresult failure;

        @Override
        public Optional<RdsLicenseServer> licenseServer() {
            throw new UnsupportedOperationException();
        }

        private RdsActivationStatus answer(String call) throws LicensingException {
            calls.add(call);
            if (failure != null) {
                throw new LicensingException(failure, "refused");
            }
            return answer;
        }

        @Override
        public void setContact(RdsContact contact) {
            calls.add("Put(" + contact.company() + ")");
        }

        @Override
        public RdsActivationStatus activateServerAutomatic() throws LicensingException {
            return answer("ActivateServerAutomatic");
        }

        @Override
        public RdsActivationStatus activateServer(String licenseServerId) throws LicensingException {
            return answer("ActivateServer(" + licenseServerId + ")");
        }

        @Override
        public RdsActivationStatus reactivateServerAutomatic(RdsReactivationReason reason) throws LicensingException {
            return answer("ReactivateServerAutomatic(" + reason.code() + ")");
        }

        @Override
        public RdsActivationStatus reactivateServer(String newLicenseServerId) throws LicensingException {
            return answer("ReactivateServer(" + newLicenseServerId + ")");
        }
    }

    private final FakeRds rds = new FakeRds();

    private ActionJournal journal() {
        return new ActionJournal(dir.resolve("journal.tsv"));
    }

    private static MachineSnapshot snapshot(boolean elevated) {
        return new MachineSnapshot(new MachineInfo("RDS-LS01", "Windows Server 2022 Standard", "10.0.20348", 20348,
                "ServerStandard", DomainRole.MEMBER_SERVER, "corp.example", elevated), List.of(), CLOCK.instant());
    }

    private RdsActivationJob.Context context(RdsLicenseServer server) {
        return new RdsActivationJob.Context(rds, journal(), CLOCK, snapshot(true), server);
    }

    @Test
    void activatingAutomaticallySavesTheContactFirstAndWritesOneJournalLine() throws Exception {
        RdsActivationJob job = RdsActivationJob.activateAutomatically(context(RdsFixtures.notActivated()),
                RdsFixtures.CONTACT);

        assertThat(job.unmetPreconditions(snapshot(true))).isEmpty();
        job.execute();

        assertThat(rds.calls).containsExactly("Put(Example Clinic)", "ActivateServerAutomatic");
        assertThat(journal().read()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("rds-activate-automatic");
            assertThat(e.outcome()).isEqualTo(Hresult.S_OK);
            assertThat(e.machine()).isEqualTo("RDS-LS01");
            assertThat(e.maskedKey()).isEqualTo("-");
        });
    }

    @Test
    void theWebAndPhonePathPassesTheIdWithoutSeparators() throws Exception {
        RdsActivationJob job = RdsActivationJob.activateWithId(context(RdsFixtures.notActivated()), NEW_ID);

        job.execute();

        assertThat(rds.calls).containsExactly("ActivateServer(" + NEW_ID.compact() + ")");
        assertThat(job.describe(Messages.of(Language.ENGLISH))).contains(NEW_ID.grouped());
    }

    @Test
    void reactivationCallsTheDocumentedMethodsWithTheReasonCode() throws Exception {
        RdsActivationJob.reactivateAutomatically(context(RdsFixtures.activated()), RdsFixtures.CONTACT,
                RdsReactivationReason.CERTIFICATE_CORRUPT).execute();
        RdsActivationJob.reactivateWithId(context(RdsFixtures.activated()), NEW_ID).execute();

        assertThat(rds.calls).containsExactly("Put(Example Clinic)", "ReactivateServerAutomatic(1)",
                "ReactivateServer(" + NEW_ID.compact() + ")");
        assertThat(journal().read()).extracting(JournalEntry::action)
                .containsExactly("rds-reactivate-automatic", "rds-reactivate-with-id");
    }

    @Test
    void aRefusalIsJournalledWithItsCodeAndThrown() throws Exception {
        rds.failure = new Hresult(0x80041008);
        RdsActivationJob job = RdsActivationJob.activateWithId(context(RdsFixtures.notActivated()), NEW_ID);

        LicensingException e = catchThrowableOfType(job::execute, LicensingException.class);

        assertThat(e.code()).isEqualTo(new Hresult(0x80041008));
        assertThat(journal().read()).singleElement().satisfies(entry ->
                assertThat(entry.outcome()).isEqualTo(new Hresult(0x80041008)));
    }

    @Test
    void aMethodThatSucceedsButLeavesTheServerNotActivatedIsAFailure() throws Exception {
        rds.answer = RdsActivationStatus.NOT_ACTIVATED;
        RdsActivationJob job = RdsActivationJob.activateWithId(context(RdsFixtures.notActivated()), NEW_ID);

        LicensingException e = catchThrowableOfType(job::execute, LicensingException.class);

        assertThat(e.code()).isEqualTo(RdsActivationJob.STILL_NOT_ACTIVATED);
        assertThat(journal().read()).hasSize(1);
    }

    @Test
    void preconditionsNameWhatIsMissing() {
        RdsActivationJob activateActivated = RdsActivationJob.activateAutomatically(context(RdsFixtures.activated()),
                RdsContact.EMPTY);
        assertThat(activateActivated.unmetPreconditions(snapshot(false))).containsExactly(Precondition.ELEVATION,
                Precondition.RDS_NOT_ACTIVATED, Precondition.RDS_CONTACT);

        RdsActivationJob reactivateNotActivated = RdsActivationJob.reactivateWithId(context(RdsFixtures.notActivated()),
                NEW_ID);
        assertThat(reactivateNotActivated.unmetPreconditions(snapshot(true))).containsExactly(Precondition.RDS_ACTIVATED);

        RdsActivationJob sameId = RdsActivationJob.reactivateWithId(context(RdsFixtures.activated()),
                RdsId.of(RdsIdKind.LICENSE_SERVER_ID, RdsFixtures.SERVER_ID));
        assertThat(sameId.unmetPreconditions(snapshot(true))).containsExactly(Precondition.RDS_NEW_SERVER_ID);
        assertThat(rds.calls).isEmpty();
    }

    @Test
    void aKeyPackIdNeverActivatesAServer() {
        RdsId keyPackId = RdsId.of(RdsIdKind.KEY_PACK_ID, NEW_ID.compact());
        assertThatThrownBy(() -> RdsActivationJob.activateWithId(context(RdsFixtures.notActivated()), keyPackId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyJobDescribesItselfInBothLanguages() {
        List<RdsActivationJob> jobs = List.of(
                RdsActivationJob.activateAutomatically(context(RdsFixtures.notActivated()), RdsFixtures.CONTACT),
                RdsActivationJob.activateWithId(context(RdsFixtures.notActivated()), NEW_ID),
                RdsActivationJob.reactivateAutomatically(context(RdsFixtures.activated()), RdsFixtures.CONTACT,
                        RdsReactivationReason.SERVER_UPGRADED),
                RdsActivationJob.reactivateWithId(context(RdsFixtures.activated()), NEW_ID));
        for (Language language : Language.values()) {
            for (RdsActivationJob job : jobs) {
                assertThat(job.describe(Messages.of(language))).doesNotContain("!").isNotBlank();
            }
        }
        assertThat(jobs.get(2).describe(Messages.of(Language.JAPANESE))).contains("アップグレード");
    }

    @Test
    void aReadOnlyAdapterAnswersNotSupported() {
        RdsLicensingService readOnly = Optional::empty;
        LicensingException e = catchThrowableOfType(readOnly::activateServerAutomatic, LicensingException.class);
        assertThat(e.code()).isEqualTo(RdsLicensingService.NOT_SUPPORTED);
    }
}
