package org.activationdesk.ui.rds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.job.RdsActivationJob;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeClearinghouse;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsAssessment;
import org.activationdesk.core.rds.RdsBackup;
import org.activationdesk.core.rds.RdsFinding;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RdsIdInput;
import org.activationdesk.core.rds.RdsIdIssue;
import org.activationdesk.core.rds.RdsIdKind;
import org.activationdesk.core.rds.RecoveryChecklist;
import org.activationdesk.report.RdsBackupWriter;
import org.activationdesk.report.ReportFormat;
import org.activationdesk.ui.shell.Session;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.Notice;
import org.activationdesk.ui.util.StatusTone;

/**
 * The RD license server screen: its status, IDs and key packs, activation and reactivation (automatic, or by web and
 * telephone with the license server ID Microsoft gives), the recovery checklist and the backup of what must be kept.
 * Every port call and every file write runs through {@link Background} with a timeout and can be cancelled; changes
 * are {@link RdsActivationJob}s. Texts follow the current {@link Messages}.
 */
public final class RdsViewModel {

    /** Reading the license server's WMI classes takes a moment on a busy server; longer means it hangs. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Activation talks to the Clearinghouse over the internet, or waits on the provider; give it time, not forever. */
    static final Duration ACTIVATION_TIMEOUT = Duration.ofSeconds(90);
    /** Writing a small file. */
    static final Duration SAVE_TIMEOUT = Duration.ofSeconds(20);

    /** One key pack as the table shows it. */
    public record KeyPackRow(String number, String calType, String version, String boughtAs, String total,
                             String available, String issued, String expires) {
    }

    /** A finding, a kept value or a checklist step, with its tone and its label. */
    public record Line(String label, StatusTone tone, String text) {
    }

    /** A reactivation reason as the choice box shows it. */
    public record ReasonChoice(RdsReactivationReason reason, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private record Reading(MachineSnapshot snapshot, Optional<RdsLicenseServer> rds) {
    }

    private final Session session;
    private final Background background;
    private final ErrorCatalog catalog;
    private final Clock clock;
    private final ObjectProperty<Messages> messages;

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final StringProperty readAt = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final BooleanProperty roleInstalled = new SimpleBooleanProperty(false);
    private final BooleanProperty activated = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> statusTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final ObservableList<String> serverIdGroups = FXCollections.observableArrayList();
    private final StringProperty serverIdNone = new SimpleStringProperty("");
    private final StringProperty productId = new SimpleStringProperty("");
    private final StringProperty databasePath = new SimpleStringProperty("");
    private final ObservableList<KeyPackRow> keyPacks = FXCollections.observableArrayList();
    private final ObservableList<Line> findings = FXCollections.observableArrayList();
    private final ObservableList<Line> keep = FXCollections.observableArrayList();
    private final ObservableList<Line> steps = FXCollections.observableArrayList();
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty countryRegion = new SimpleStringProperty("");
    private final ObservableList<ReasonChoice> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<ReasonChoice> reason = new SimpleObjectProperty<>();
    private final StringProperty idInput = new SimpleStringProperty("");
    private final StringProperty idStatus = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> idTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final ObservableList<String> idProblems = FXCollections.observableArrayList();
    private final BooleanProperty idValid = new SimpleBooleanProperty(false);
    private final StringProperty activationTitle = new SimpleStringProperty("");
    private final StringProperty automaticAction = new SimpleStringProperty("");
    private final StringProperty withIdAction = new SimpleStringProperty("");
    private final StringProperty webHowTo = new SimpleStringProperty("");
    private final BooleanProperty practice = new SimpleBooleanProperty(false);
    private final StringProperty practiceAnswer = new SimpleStringProperty("");
    private final Notice notice;
    private final Notice backupNotice;

    private Reading reading;
    private RdsIdInput typed = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, "");
    private Background.Cancellable running;
    private String practiceId;

    public RdsViewModel(Session session, Background background, ErrorCatalog catalog, Clock clock,
                        ObjectProperty<Messages> messages) {
        this.session = session;
        this.background = background;
        this.catalog = catalog;
        this.clock = clock;
        this.messages = messages;
        this.notice = new Notice(messages);
        this.backupNotice = new Notice(messages);
        idInput.addListener((observable, before, now) -> {
            typed = RdsIdInput.of(RdsIdKind.LICENSE_SERVER_ID, now);
            renderId(messages.get());
        });
        messages.addListener((observable, before, now) -> render());
        render();
    }

    /** Reads the license server and this computer again; whatever runs is cancelled first. */
    public void refresh() {
        stopRunning();
        busy.set(true);
        running = background.run(() -> new Reading(session.licensing().snapshot(), session.rds().licenseServer()),
                READ_TIMEOUT, result -> {
                    busy.set(false);
                    boolean first = reading == null || !sameServer(reading, result);
                    reading = result;
                    if (first) {
                        fillContact();
                        practiceId = null;
                    }
                    render();
                }, failure -> {
                    busy.set(false);
                    showFailure(failure);
                });
    }

    /**
     * Stops what runs. A read keeps what the screen showed before; an activation already sent may still complete on
     * the server, so the screen says to read it again.
     */
    public void cancel() {
        boolean wasWorking = working.get();
        stopRunning();
        if (wasWorking) {
            notice.set(StatusTone.WARNING, m -> m.get("rds.cancelled"));
        }
    }

    private void stopRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
        working.set(false);
    }

    /** Activates a server that is not activated, or reactivates an activated one (with the chosen reason), online. */
    public void activateAutomatically() {
        if (reading == null || reading.rds().isEmpty()) {
            return;
        }
        RdsActivationJob.Context context = context();
        RdsContact contact = new RdsContact(firstName.get(), lastName.get(), company.get(), countryRegion.get());
        run(activated.get()
                ? RdsActivationJob.reactivateAutomatically(context, contact, reason.get().reason())
                : RdsActivationJob.activateAutomatically(context, contact));
    }

    /** Activates (or reactivates) with the license server ID typed in; only a valid ID gets this far. */
    public void activateWithTypedId() {
        Optional<RdsId> id = typed.id();
        if (reading == null || reading.rds().isEmpty() || id.isEmpty()) {
            return;
        }
        run(activated.get() ? RdsActivationJob.reactivateWithId(context(), id.get())
                : RdsActivationJob.activateWithId(context(), id.get()));
    }

    /** Practice only: asks the practice Clearinghouse, as one would call Microsoft, for the server's license server ID. */
    public void askPracticeClearinghouse() {
        Optional<PracticeClearinghouse> clearinghouse = session.practiceClearinghouse();
        if (clearinghouse.isEmpty() || reading == null || reading.rds().isEmpty()) {
            return;
        }
        String product = reading.rds().get().productId();
        background.run(() -> clearinghouse.get().licenseServerIdFor(product), READ_TIMEOUT, id -> {
            practiceId = id;
            render();
        }, this::showFailure);
    }

    /** Writes what must be kept (HTML, or JSON for a .json name) in the current language, off the UI thread. */
    public void saveBackup(Path file) {
        if (reading == null || reading.rds().isEmpty()) {
            return;
        }
        Messages m = messages.get();
        MachineInfo machine = reading.snapshot().machine();
        RdsBackup backup = new RdsBackup(clock.instant(), m.language(), machine.computerName(), machine.osName(),
                session.practiceScenario(), reading.rds().get());
        ReportFormat format = ReportFormat.forFileName(String.valueOf(file.getFileName()));
        background.run(() -> Files.writeString(file, RdsBackupWriter.write(backup, format), StandardCharsets.UTF_8),
                SAVE_TIMEOUT, written -> backupNotice.set(StatusTone.GOOD, mm -> mm.get("rds.backup.saved", file.toString())),
                failure -> {
                    String kind = failure.getClass().getSimpleName();
                    backupNotice.set(StatusTone.PROBLEM, mm -> mm.get("rds.backup.failed", file.toString(), kind));
                });
    }

    /** A file name to offer: the computer's name and the date. */
    public String suggestedBackupName() {
        String computer = reading == null ? "rds" : reading.snapshot().machine().computerName();
        return "rds-license-server-" + computer + "-" + clock.instant().atZone(ZoneId.systemDefault()).toLocalDate() + ".html";
    }

    private RdsActivationJob.Context context() {
        return new RdsActivationJob.Context(session.rds(), session.journal(), clock, reading.snapshot(),
                reading.rds().get());
    }

    private void run(RdsActivationJob job) {
        List<Precondition> unmet = job.unmetPreconditions(reading.snapshot());
        if (!unmet.isEmpty()) {
            notice.set(StatusTone.PROBLEM, m -> unmet.stream().map(p -> m.of("precondition", p))
                    .collect(Collectors.joining(" ")));
            return;
        }
        stopRunning();
        busy.set(true);
        working.set(true);
        notice.set(StatusTone.NEUTRAL, job::describe);
        running = background.run(() -> {
            job.execute();
            return Boolean.TRUE;
        }, ACTIVATION_TIMEOUT, done -> {
            working.set(false);
            notice.set(StatusTone.GOOD, m -> m.get("rds.activation.succeeded"));
            idInput.set("");
            practiceId = null;
            refresh();
        }, failure -> {
            working.set(false);
            busy.set(false);
            showFailure(failure);
            refresh();
        });
    }

    private static boolean sameServer(Reading before, Reading now) {
        return before.snapshot().machine().computerName().equals(now.snapshot().machine().computerName())
                && before.rds().map(RdsLicenseServer::productId).equals(now.rds().map(RdsLicenseServer::productId));
    }

    /** The contact fields start from what the server has saved; what the user types is kept until the machine changes. */
    private void fillContact() {
        RdsContact contact = reading.rds().map(RdsLicenseServer::contact).orElse(RdsContact.EMPTY);
        firstName.set(contact.firstName());
        lastName.set(contact.lastName());
        company.set(contact.company());
        countryRegion.set(contact.countryRegion());
    }

    private void showFailure(Throwable failure) {
        notice.failure(failure, catalog, "rds.failed.timeout");
    }

    /** Every text from the last reading, in the current language. */
    private void render() {
        Messages m = messages.get();
        practice.set(session.practiceClearinghouse().isPresent());
        RdsReactivationReason chosen = reason.get() == null ? RdsReactivationReason.REDEPLOYED : reason.get().reason();
        reasons.setAll(Arrays.stream(RdsReactivationReason.values())
                .map(r -> new ReasonChoice(r, m.of("rds.reason", r))).toList());
        reason.set(reasons.get(chosen.ordinal()));
        renderId(m);
        if (reading == null) {
            return;
        }
        MachineInfo machine = reading.snapshot().machine();
        subtitle.set(m.get("rds.subtitle", machine.computerName(), machine.osName()));
        readAt.set(m.get("overview.readAt", DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(m.locale()).withZone(ZoneId.systemDefault()).format(reading.snapshot().takenAt())));
        Optional<RdsLicenseServer> installed = reading.rds();
        roleInstalled.set(installed.isPresent());
        RdsAssessment assessment = RdsAssessment.of(installed, machine, clock.instant());
        findings.setAll(assessment.findings().stream()
                .map(f -> new Line(m.of("rds.level", f.level()), toneOf(f.level()), f.text().in(m))).toList());
        RecoveryChecklist checklist = RecoveryChecklist.of(installed);
        keep.setAll(checklist.keep().stream().map(k -> new Line(k.label().in(m), StatusTone.NEUTRAL,
                k.value() == null ? k.advice().in(m) : shown(k) + "\n" + k.advice().in(m))).toList());
        steps.setAll(checklist.steps().stream().map(s -> new Line(m.of("rds.stepState", s.state()), toneOf(s.state()),
                s.text().in(m))).toList());
        installed.ifPresentOrElse(server -> renderServer(server, m), () -> {
            activated.set(false);
            status.set(m.get("rds.finding.notInstalled"));
            statusTone.set(StatusTone.NEUTRAL);
            serverIdGroups.clear();
            keyPacks.clear();
        });
        practiceAnswer.set(practiceId == null ? ""
                : m.get("rds.practice.answer", RdsId.of(RdsIdKind.LICENSE_SERVER_ID, practiceId).grouped()));
    }

    /** A value to keep as a person reads it: the license server ID in its groups, anything else as it is. */
    private static String shown(RecoveryChecklist.KeepItem item) {
        return item.kind() == RecoveryChecklist.KeepKind.LICENSE_SERVER_ID
                ? RdsId.of(RdsIdKind.LICENSE_SERVER_ID, item.value()).grouped() : item.value();
    }

    private void renderServer(RdsLicenseServer server, Messages m) {
        activated.set(server.isActivated());
        boolean again = server.isActivated();
        activationTitle.set(m.get(again ? "rds.reactivate.heading" : "rds.activate.heading"));
        automaticAction.set(m.get(again ? "rds.action.reactivateAutomatic" : "rds.action.activateAutomatic"));
        withIdAction.set(m.get(again ? "rds.action.reactivateWithId" : "rds.action.activateWithId"));
        webHowTo.set(m.get(again ? "rds.web.howTo.reactivate" : "rds.web.howTo.activate", server.productId()));
        status.set(m.of("rdsStatus", server.activationStatus()));
        statusTone.set(server.activationStatus() == RdsActivationStatus.ACTIVATED ? StatusTone.GOOD
                : server.activationStatus() == RdsActivationStatus.UNKNOWN ? StatusTone.WARNING : StatusTone.PROBLEM);
        if (server.licenseServerId() == null) {
            serverIdGroups.clear();
        } else {
            serverIdGroups.setAll(RdsId.of(RdsIdKind.LICENSE_SERVER_ID, server.licenseServerId()).groups());
        }
        serverIdNone.set(m.get("rds.serverId.none"));
        productId.set(server.productId());
        databasePath.set(server.databasePath());
        keyPacks.setAll(server.keyPacks().stream().map(p -> row(p, m)).toList());
    }

    private KeyPackRow row(RdsKeyPack p, Messages m) {
        String expires = p.expirationDate() == null ? m.get("rds.expires.none")
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale())
                        .withZone(ZoneId.systemDefault()).format(p.expirationDate());
        return new KeyPackRow(String.valueOf(p.keyPackId()), m.of("rds.calType", p.calType()), p.productVersion(),
                m.of("rds.keyPackType", p.keyPackType()), String.valueOf(p.totalLicenses()),
                String.valueOf(p.availableLicenses()), String.valueOf(p.issuedLicenses()), expires);
    }

    private void renderId(Messages m) {
        idValid.set(typed.isValid());
        idProblems.setAll(typed.problems().stream().filter(p -> p.code() != RdsIdIssue.Code.EMPTY)
                .map(p -> p.message(m, typed.kind())).toList());
        idProblems.addAll(typed.notes().stream().map(n -> n.message(m, typed.kind())).toList());
        if (typed.isEmpty()) {
            idStatus.set(m.get("rds.id.issue.EMPTY", m.of("rds.id.kind", typed.kind())));
            idTone.set(StatusTone.NEUTRAL);
        } else if (typed.isValid()) {
            idStatus.set(m.get("rds.id.valid", typed.id().orElseThrow().grouped()));
            idTone.set(StatusTone.GOOD);
        } else {
            idStatus.set(m.get("rds.id.invalid", String.join(" ", typed.groups())));
            idTone.set(StatusTone.PROBLEM);
        }
    }

    private static StatusTone toneOf(RdsFinding.Level level) {
        return switch (level) {
            case PROBLEM -> StatusTone.PROBLEM;
            case WARNING -> StatusTone.WARNING;
            case NOTE -> StatusTone.NEUTRAL;
        };
    }

    private static StatusTone toneOf(RecoveryChecklist.StepState state) {
        return switch (state) {
            case DONE -> StatusTone.GOOD;
            case TO_DO -> StatusTone.WARNING;
            case IF_NEEDED -> StatusTone.NEUTRAL;
        };
    }

    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty workingProperty() { return working; }
    public StringProperty readAtProperty() { return readAt; }
    public StringProperty subtitleProperty() { return subtitle; }
    public BooleanProperty roleInstalledProperty() { return roleInstalled; }
    public BooleanProperty activatedProperty() { return activated; }
    public StringProperty statusProperty() { return status; }
    public ObjectProperty<StatusTone> statusToneProperty() { return statusTone; }
    public ObservableList<String> serverIdGroups() { return serverIdGroups; }
    public StringProperty serverIdNoneProperty() { return serverIdNone; }
    public StringProperty productIdProperty() { return productId; }
    public StringProperty databasePathProperty() { return databasePath; }
    public ObservableList<KeyPackRow> keyPacks() { return keyPacks; }
    public ObservableList<Line> findings() { return findings; }
    public ObservableList<Line> keep() { return keep; }
    public ObservableList<Line> steps() { return steps; }
    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty companyProperty() { return company; }
    public StringProperty countryRegionProperty() { return countryRegion; }
    public ObservableList<ReasonChoice> reasons() { return reasons; }
    public ObjectProperty<ReasonChoice> reasonProperty() { return reason; }
    public StringProperty idInputProperty() { return idInput; }
    public StringProperty idStatusProperty() { return idStatus; }
    public ObjectProperty<StatusTone> idToneProperty() { return idTone; }
    public ObservableList<String> idProblems() { return idProblems; }
    public BooleanProperty idValidProperty() { return idValid; }
    public StringProperty activationTitleProperty() { return activationTitle; }
    public StringProperty automaticActionProperty() { return automaticAction; }
    public StringProperty withIdActionProperty() { return withIdAction; }
    public StringProperty webHowToProperty() { return webHowTo; }
    public BooleanProperty practiceProperty() { return practice; }
    public StringProperty practiceAnswerProperty() { return practiceAnswer; }
    public StringProperty noticeProperty() { return notice.textProperty(); }
    public ObjectProperty<StatusTone> noticeToneProperty() { return notice.toneProperty(); }
    public StringProperty backupNoticeProperty() { return backupNotice.textProperty(); }
    public ObjectProperty<StatusTone> backupToneProperty() { return backupNotice.toneProperty(); }
}
