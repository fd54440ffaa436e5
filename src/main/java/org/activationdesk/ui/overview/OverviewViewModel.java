package org.activationdesk.ui.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.ActivateOnlineJob;
import org.activationdesk.core.job.ClearKeyFromRegistryJob;
import org.activationdesk.core.job.JobContext;
import org.activationdesk.core.job.LicensingJob;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.job.RearmJob;
import org.activationdesk.core.job.UninstallKeyJob;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.plan.Advice;
import org.activationdesk.core.plan.NextStep;
import org.activationdesk.core.plan.NextStepAdvisor;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.ui.shell.Session;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.Notice;
import org.activationdesk.ui.util.StatusTone;

/**
 * The overview: what this machine is, whether it is activated, why not, and the one next step.
 * Holds state and commands only; the view binds to it. Texts follow the current {@link Messages}.
 */
public final class OverviewViewModel {

    /** Reading the licensing service can take seconds on a busy server; longer means it hangs. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Online activation goes over the internet or to a KMS host; Windows itself gives up after about a minute. */
    static final Duration ACTIVATION_TIMEOUT = Duration.ofSeconds(90);

    /** A maintenance job's description and what stops it, for the confirmation before anything changes. */
    public record Proposal(String description, List<String> unmet) {
    }

    /** One consistent reading of both ports. */
    record Reading(MachineSnapshot snapshot, Optional<RdsLicenseServer> rds) {
    }

    private final Session session;
    private final Background background;
    private final ErrorCatalog catalog;
    private final Clock clock;
    private final ObjectProperty<Messages> messages;

    private final StringProperty computer = new SimpleStringProperty("");
    private final StringProperty system = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty product = new SimpleStringProperty("");
    private final StringProperty edition = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty productKey = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> statusTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final StringProperty timeLeft = new SimpleStringProperty("");
    private final StringProperty reasonCode = new SimpleStringProperty("");
    private final StringProperty reasonText = new SimpleStringProperty("");
    private final BooleanProperty lastAttemptVisible = new SimpleBooleanProperty(false);
    private final StringProperty lastAttemptCode = new SimpleStringProperty("");
    private final StringProperty lastAttemptText = new SimpleStringProperty("");
    private final ObjectProperty<NextStep> nextStep = new SimpleObjectProperty<>();
    private final StringProperty nextStepTitle = new SimpleStringProperty("");
    private final StringProperty nextStepDetail = new SimpleStringProperty("");
    private final StringProperty nextStepAction = new SimpleStringProperty("");
    private final StringProperty guidance = new SimpleStringProperty("");
    private final BooleanProperty rdsVisible = new SimpleBooleanProperty(false);
    private final StringProperty rdsStatus = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> rdsTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final StringProperty rdsDetail = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty notElevated = new SimpleBooleanProperty(false);
    private final Notice notice;
    private final StringProperty readAt = new SimpleStringProperty("");

    private Reading reading;
    /** The step whose how-to is open, or null; kept as the step so a language switch re-renders it. */
    private NextStep guidanceStep;
    private Background.Cancellable running;

    public OverviewViewModel(Session session, Background background, ErrorCatalog catalog, Clock clock,
                             ObjectProperty<Messages> messages) {
        this.session = session;
        this.background = background;
        this.catalog = catalog;
        this.clock = clock;
        this.messages = messages;
        this.notice = new Notice(messages);
        messages.addListener((observable, before, now) -> render());
    }

    /** Reads the machine again. Any read still running is cancelled first. */
    public void refresh() {
        cancel();
        busy.set(true);
        running = background.run(
                () -> new Reading(session.licensing().snapshot(), session.rds().licenseServer()),
                READ_TIMEOUT,
                result -> {
                    busy.set(false);
                    reading = result;
                    render();
                },
                failure -> {
                    busy.set(false);
                    showFailure(failure);
                });
    }

    /** Stops whatever is running; the screen keeps what it showed before. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    /**
     * Carries out the next step where this screen can; where the step belongs to a screen of its own, opens
     * its step-by-step guidance (and returns it).
     */
    public Optional<String> runNextStep() {
        NextStep step = nextStep.get();
        if (step == null || reading == null) {
            return Optional.empty();
        }
        if (step != NextStep.ACTIVATE_ONLINE) {
            guidanceStep = step;
            guidance.set(messages.get().of("nextStep.howTo", step));
            return Optional.of(guidance.get());
        }
        Optional<LicensingProduct> windows = reading.snapshot().windowsProduct();
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        ActivateOnlineJob job = new ActivateOnlineJob(jobContext(), windows.get());
        List<Precondition> unmet = job.unmetPreconditions(reading.snapshot());
        if (!unmet.isEmpty()) {
            setNotice(StatusTone.PROBLEM, m -> m.of("precondition", unmet.get(0)));
            return Optional.empty();
        }
        runJob(job, m -> m.get("overview.activation.succeeded"));
        return Optional.empty();
    }

    /** What a maintenance action would do here; empty before the machine was read or without a Windows product. */
    public Optional<Proposal> propose(Maintenance action) {
        return maintenanceJob(action).map(job -> {
            Messages m = messages.get();
            return new Proposal(job.describe(m), job.unmetPreconditions(reading.snapshot()).stream()
                    .map(p -> m.of("precondition", p)).toList());
        });
    }

    /** Runs a maintenance action the user confirmed; then reads the machine again. */
    public void run(Maintenance action) {
        Optional<LicensingJob> found = maintenanceJob(action);
        if (found.isEmpty() || busy.get()) {
            return;
        }
        LicensingJob job = found.get();
        List<Precondition> unmet = job.unmetPreconditions(reading.snapshot());
        if (!unmet.isEmpty()) {
            setNotice(StatusTone.PROBLEM, m -> m.of("precondition", unmet.get(0)));
            return;
        }
        runJob(job, m -> m.get("overview.more.done", m.of("overview.change", action)));
    }

    private Optional<LicensingJob> maintenanceJob(Maintenance action) {
        if (reading == null) {
            return Optional.empty();
        }
        JobContext context = jobContext();
        Optional<LicensingProduct> windows = reading.snapshot().windowsProduct();
        return switch (action) {
            case UNINSTALL_KEY -> windows.map(p -> new UninstallKeyJob(context, p));
            case CLEAR_KEY_FROM_REGISTRY -> Optional.of(new ClearKeyFromRegistryJob(context));
            case REARM -> windows.map(p -> new RearmJob(context, p));
        };
    }

    private JobContext jobContext() {
        return new JobContext(session.licensing(), session.journal(), clock, reading.snapshot().machine().computerName());
    }

    /** Runs a job in the background with the notice showing what it does; reads the machine again afterwards. */
    private void runJob(LicensingJob job, Function<Messages, String> done) {
        cancel();
        busy.set(true);
        setNotice(StatusTone.NEUTRAL, job::describe);
        running = background.run(() -> {
            job.execute();
            return Boolean.TRUE;
        }, ACTIVATION_TIMEOUT, finished -> {
            setNotice(StatusTone.GOOD, done);
            refresh();
        }, failure -> {
            busy.set(false);
            showFailure(failure);
            refresh();
        });
    }

    private void showFailure(Throwable failure) {
        notice.failure(failure, catalog, "overview.failed.timeout");
    }

    private void setNotice(StatusTone tone, Function<Messages, String> text) {
        notice.set(tone, text);
    }

    /** Fills every text from the last reading in the current language. */
    private void render() {
        Messages m = messages.get();
        if (reading == null) {
            return;
        }
        MachineSnapshot snapshot = reading.snapshot();
        MachineInfo machine = snapshot.machine();
        computer.set(machine.computerName());
        notElevated.set(!machine.elevated());
        system.set(m.get("overview.system.value", machine.osName(), machine.version(), String.valueOf(machine.build())));
        role.set(machine.domain() == null ? m.of("domainRole", machine.domainRole())
                : m.get("overview.role.inDomain", m.of("domainRole", machine.domainRole()), machine.domain()));
        edition.set(machine.editionId());
        readAt.set(m.get("overview.readAt", DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(m.locale()).withZone(ZoneId.systemDefault()).format(snapshot.takenAt())));

        Optional<LicensingProduct> windows = snapshot.windowsProduct();
        windows.ifPresentOrElse(p -> renderProduct(p, m), () -> renderNoProduct(m));
        renderRds(m);

        Advice advice = NextStepAdvisor.advise(snapshot, reading.rds());
        if (advice.step() != guidanceStep) {
            guidanceStep = null; // the advice moved on; its old how-to would mislead
        }
        guidance.set(guidanceStep == null ? "" : m.of("nextStep.howTo", guidanceStep));
        nextStep.set(advice.step());
        nextStepTitle.set(m.of("nextStep.title", advice.step()));
        nextStepDetail.set(m.of("nextStep.detail", advice.step()));
        nextStepAction.set(m.of("nextStep.action", advice.step()));
    }

    private void renderProduct(LicensingProduct p, Messages m) {
        product.set(p.name());
        channel.set(m.of("channel", p.channel()));
        productKey.set(p.partialKey() == null ? m.get("overview.key.none") : KeyMask.fromPartialKey(p.partialKey()));
        status.set(m.of("licenseStatus", p.licenseStatus()));
        statusTone.set(toneOf(p.licenseStatus()));
        timeLeft.set(TimeLeft.of(p).in(m)); // days and hours, as a person says it on the phone
        if (p.reason().value() == 0) {
            reasonCode.set("");
            reasonText.set(m.get("overview.reason.none"));
        } else {
            reasonCode.set(p.reason().toString());
            reasonText.set(titleOf(p.reason(), m));
        }
        Hresult last = p.lastActivationError();
        lastAttemptVisible.set(last != null);
        lastAttemptCode.set(last == null ? "" : last.toString());
        lastAttemptText.set(last == null ? "" : titleOf(last, m));
    }

    private void renderNoProduct(Messages m) {
        product.set(m.get("overview.product.none"));
        channel.set("");
        productKey.set(m.get("overview.key.none"));
        status.set(m.of("licenseStatus", LicenseStatus.UNLICENSED));
        statusTone.set(StatusTone.PROBLEM);
        timeLeft.set("");
        reasonCode.set("");
        reasonText.set("");
        lastAttemptVisible.set(false);
    }

    private void renderRds(Messages m) {
        Optional<RdsLicenseServer> server = reading.rds();
        rdsVisible.set(server.isPresent());
        server.ifPresent(s -> {
            rdsStatus.set(m.of("rdsStatus", s.activationStatus()));
            rdsTone.set(s.activationStatus() == RdsActivationStatus.ACTIVATED ? StatusTone.GOOD : StatusTone.PROBLEM);
            rdsDetail.set(m.get("overview.rds.keyPacks", s.keyPacks().size(), s.availableLicenses()));
        });
    }

    static StatusTone toneOf(LicenseStatus status) {
        return switch (status) {
            case LICENSED -> StatusTone.GOOD;
            case OOB_GRACE, OOT_GRACE, EXTENDED_GRACE -> StatusTone.WARNING;
            case UNLICENSED, NON_GENUINE_GRACE, NOTIFICATION -> StatusTone.PROBLEM;
        };
    }


    private String titleOf(Hresult code, Messages m) {
        return Notice.title(code, catalog, m);
    }

    public StringProperty computerProperty() { return computer; }
    public StringProperty systemProperty() { return system; }
    public StringProperty roleProperty() { return role; }
    public StringProperty productProperty() { return product; }
    public StringProperty editionProperty() { return edition; }
    public StringProperty channelProperty() { return channel; }
    public StringProperty productKeyProperty() { return productKey; }
    public StringProperty statusProperty() { return status; }
    public ObjectProperty<StatusTone> statusToneProperty() { return statusTone; }
    public StringProperty timeLeftProperty() { return timeLeft; }
    public StringProperty reasonCodeProperty() { return reasonCode; }
    public StringProperty reasonTextProperty() { return reasonText; }
    public BooleanProperty lastAttemptVisibleProperty() { return lastAttemptVisible; }
    public StringProperty lastAttemptCodeProperty() { return lastAttemptCode; }
    public StringProperty lastAttemptTextProperty() { return lastAttemptText; }
    public ObjectProperty<NextStep> nextStepProperty() { return nextStep; }
    public StringProperty nextStepTitleProperty() { return nextStepTitle; }
    public StringProperty nextStepDetailProperty() { return nextStepDetail; }
    public StringProperty nextStepActionProperty() { return nextStepAction; }
    public StringProperty guidanceProperty() { return guidance; }
    public BooleanProperty rdsVisibleProperty() { return rdsVisible; }
    public StringProperty rdsStatusProperty() { return rdsStatus; }
    public ObjectProperty<StatusTone> rdsToneProperty() { return rdsTone; }
    public StringProperty rdsDetailProperty() { return rdsDetail; }
    public BooleanProperty busyProperty() { return busy; }
    /** The last reading said this instance has no administrator rights, so it can read but not change. */
    public BooleanProperty notElevatedProperty() { return notElevated; }
    public StringProperty noticeProperty() { return notice.textProperty(); }
    public ObjectProperty<StatusTone> noticeToneProperty() { return notice.toneProperty(); }
    public StringProperty readAtProperty() { return readAt; }
}
