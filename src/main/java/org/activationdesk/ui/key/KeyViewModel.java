package org.activationdesk.ui.key;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.JobContext;
import org.activationdesk.core.job.LicensingJob;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyIssue;
import org.activationdesk.core.key.KeySuggestions;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.key.ProductKeyInput;
import org.activationdesk.core.plan.ActivationPlan;
import org.activationdesk.core.plan.ActivationPlanner;
import org.activationdesk.core.plan.Intent;
import org.activationdesk.core.plan.PlanStep;
import org.activationdesk.core.plan.StepJobs;
import org.activationdesk.core.plan.StepKind;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.ui.shell.Session;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.JobRunner;
import org.activationdesk.ui.util.StatusTone;
import org.activationdesk.ui.util.StepButtons;

/**
 * The product-key screen: checks what is typed as it is typed (offline, nothing installed), offers single-character
 * corrections the checksum confirms, identifies a valid key and plans how to get it onto this machine.
 * The full key lives only in {@link #inputProperty()}, which only the entry field binds to.
 */
public final class KeyViewModel {

    /** Identification may read the machine's key configurations (a file on Windows); reading the machine may take a while. */
    static final Duration WORK_TIMEOUT = Duration.ofSeconds(20);

    /** Installing a key, converting an edition or activating can take minutes (DISM) on a real server. */
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);

    /**
     * One step of the plan as shown: its sentence, and the button label when Activation Desk can do the step.
     *
     * @param action the button's label, or null for a step the person does (a restart)
     */
    public record StepRow(int index, String text, String action) {
    }

    /** What a step's job will do and what stops it, for the confirmation the user sees before anything changes. */
    public record StepProposal(String description, List<String> unmet, boolean needsGvlkConfirmation) {
    }

    /** A correction the user may take, with its sentence. */
    public record SuggestionRow(KeySuggestions.Suggestion suggestion, String text) {
    }

    private record Identified(ProductKey key, KeyIdentity identity, Optional<ActivationPlan> plan) {
    }

    private final Session session;
    private final Background background;
    private final Clock clock;
    private final ObjectProperty<Messages> messages;

    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> statusTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> suggestions = FXCollections.observableArrayList();
    private final BooleanProperty identified = new SimpleBooleanProperty(false);
    private final StringProperty identity = new SimpleStringProperty("");
    private final StringProperty edition = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty format = new SimpleStringProperty("");
    private final StringProperty checksum = new SimpleStringProperty("");
    private final BooleanProperty planned = new SimpleBooleanProperty(false);
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> verdictTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final JobRunner jobs;
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

    private ProductKeyInput checked = ProductKeyInput.of("");
    private MachineSnapshot snapshot;
    private Identified result;
    private Background.Cancellable running;

    public KeyViewModel(Session session, Background background, ErrorCatalog catalog, Clock clock,
                        ObjectProperty<Messages> messages) {
        this.session = session;
        this.background = background;
        this.clock = clock;
        this.messages = messages;
        this.jobs = new JobRunner(background, catalog, messages, JOB_TIMEOUT);
        input.addListener((observable, before, now) -> check());
        messages.addListener((observable, before, now) -> render());
        render();
    }

    /** Reads the machine the plan is made for; again after a scenario switch. */
    public void refreshMachine() {
        background.run(() -> session.licensing().snapshot(), WORK_TIMEOUT, read -> {
            snapshot = read;
            check();
        }, failure -> {
            snapshot = null;
            check();
        });
    }

    /** Takes a correction the user confirmed against the label: changes that one character in the field. */
    public void apply(SuggestionRow row) {
        input.set(checked.withSuggestion(row.suggestion()));
    }

    private void check() {
        checked = ProductKeyInput.of(input.get());
        result = null;
        if (running != null) {
            running.cancel();
            running = null;
        }
        Optional<ProductKey> key = checked.key();
        if (key.isPresent()) {
            // Identification may read a file on Windows, so it runs in the background like every port call.
            MachineSnapshot machine = snapshot;
            ProductKey valid = key.get();
            running = background.run(() -> identify(valid, machine), WORK_TIMEOUT, done -> {
                result = done;
                render();
            }, failure -> render());
        }
        render();
    }

    private Identified identify(ProductKey key, MachineSnapshot machine) {
        KeyIdentifier identifier = new KeyIdentifier(GvlkCatalog.builtIn(), session.keyConfigurations());
        KeyIdentity identity = identifier.identify(key);
        Optional<ActivationPlan> plan = machine == null ? Optional.empty()
                : Optional.of(new ActivationPlanner(identifier).plan(machine, Intent.useKey(key)));
        return new Identified(key, identity, plan);
    }

    /** The key screen has no way to the phone screen from a step, so that step gets no button here. */
    private static String actionLabel(StepKind kind, Messages m) {
        return kind == StepKind.ACTIVATE_BY_PHONE ? null : StepButtons.label(kind, m);
    }

    /** What running a step would do, for the confirmation; empty when the step is no longer in the plan. */
    public Optional<StepProposal> propose(int index) {
        Optional<LicensingJob> job = jobFor(index, false);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Messages m = messages.get();
        PlanStep step = result.plan().orElseThrow().steps().get(index);
        List<Precondition> unmet = job.get().unmetPreconditions(snapshot).stream()
                .filter(p -> p != Precondition.GVLK_CONFIRMATION).toList(); // that one is asked in the dialog
        return Optional.of(new StepProposal(job.get().describe(m),
                unmet.stream().map(p -> m.of("precondition", p)).toList(),
                StepJobs.needsGvlkConfirmation(step, result.identity())));
    }

    /**
     * Runs a step the user confirmed, in the background; then reads the machine again, which re-plans.
     *
     * @param gvlkConfirmed the user ticked "make this computer a KMS client"
     */
    public void run(int index, boolean gvlkConfirmed) {
        jobFor(index, gvlkConfirmed).ifPresent(job -> jobs.run(job, snapshot, this::refreshMachine));
    }

    /** Stops a running step where the service allows; what it already changed stays changed. */
    public void cancelJob() {
        jobs.cancel();
    }

    private Optional<LicensingJob> jobFor(int index, boolean gvlkConfirmed) {
        if (result == null || result.plan().isEmpty() || snapshot == null
                || index < 0 || index >= result.plan().get().steps().size()) {
            return Optional.empty();
        }
        JobContext context = new JobContext(session.licensing(), session.journal(), clock,
                snapshot.machine().computerName());
        return StepJobs.jobFor(result.plan().get().steps().get(index), result.key(), result.identity(), snapshot,
                context, gvlkConfirmed);
    }

    private void render() {
        Messages m = messages.get();
        // An empty field is no mistake: the status line invites the user to type instead.
        problems.setAll(checked.problems().stream().filter(p -> p.code() != KeyIssue.Code.EMPTY)
                .map(p -> p.message(m)).toList());
        notes.setAll(checked.notes().stream().map(n -> n.message(m)).toList());
        suggestions.setAll(checked.suggestions().stream().map(s -> new SuggestionRow(s,
                m.get("keyscreen.suggestion", String.valueOf(s.position()), String.valueOf((s.position() + 4) / 5),
                        s.from(), s.to()))).toList());
        if (isEmptyInput()) {
            status.set(m.get("keyscreen.status.empty"));
            statusTone.set(StatusTone.NEUTRAL);
        } else if (checked.isValid()) {
            status.set(m.get("keyscreen.status.valid", checked.masked()));
            statusTone.set(StatusTone.GOOD);
        } else {
            status.set(m.get("keyscreen.status.invalid", String.valueOf(checked.length())));
            statusTone.set(StatusTone.PROBLEM);
        }
        format.set(m.of("key.format", checked.format()));
        checksum.set(m.of("key.checksum", checked.checksum()));
        renderIdentity(m);
        renderPlan(m);
    }

    private boolean isEmptyInput() {
        return checked.problems().stream().anyMatch(p -> p.code() == KeyIssue.Code.EMPTY);
    }

    private void renderIdentity(Messages m) {
        identified.set(result != null);
        if (result == null) {
            return;
        }
        KeyIdentity id = result.identity();
        identity.set(m.get("key.identity." + id.source().name(), id.product() == null ? "" : id.product()));
        edition.set(id.editionId() == null ? m.get("keyscreen.unknown") : id.editionId());
        channel.set(id.productKeyType() == null ? m.get("keyscreen.unknown") : m.of("channel", id.channel()));
    }

    private void renderPlan(Messages m) {
        Optional<ActivationPlan> plan = result == null ? Optional.empty() : result.plan();
        planned.set(plan.isPresent());
        if (plan.isEmpty()) {
            steps.clear();
            blockers.clear();
            warnings.clear();
            return;
        }
        ActivationPlan p = plan.get();
        verdict.set(p.verdictText(m));
        verdictTone.set(p.isBlocked() ? StatusTone.PROBLEM : p.warnings().isEmpty() ? StatusTone.GOOD : StatusTone.WARNING);
        List<PlanStep> planSteps = p.steps();
        steps.setAll(IntStream.range(0, planSteps.size()).mapToObj(i -> new StepRow(i,
                (i + 1) + ". " + planSteps.get(i).text(m), actionLabel(planSteps.get(i).kind(), m))).toList());
        blockers.setAll(p.blockers().stream().map(b -> b.text(m)).toList());
        warnings.setAll(p.warnings().stream().map(w -> w.text(m)).toList());
    }

    public StringProperty inputProperty() { return input; }
    public StringProperty statusProperty() { return status; }
    public ObjectProperty<StatusTone> statusToneProperty() { return statusTone; }
    public ObservableList<String> problems() { return problems; }
    public ObservableList<String> notes() { return notes; }
    public ObservableList<SuggestionRow> suggestions() { return suggestions; }
    public BooleanProperty identifiedProperty() { return identified; }
    public StringProperty identityProperty() { return identity; }
    public StringProperty editionProperty() { return edition; }
    public StringProperty channelProperty() { return channel; }
    public StringProperty formatProperty() { return format; }
    public StringProperty checksumProperty() { return checksum; }
    public BooleanProperty plannedProperty() { return planned; }
    public StringProperty verdictProperty() { return verdict; }
    public ObjectProperty<StatusTone> verdictToneProperty() { return verdictTone; }
    public ObservableList<StepRow> steps() { return steps; }
    public BooleanProperty jobRunningProperty() { return jobs.runningProperty(); }
    public StringProperty jobNoticeProperty() { return jobs.noticeProperty(); }
    public ObjectProperty<StatusTone> jobNoticeToneProperty() { return jobs.noticeToneProperty(); }
    public ObservableList<String> blockers() { return blockers; }
    public ObservableList<String> warnings() { return warnings; }
}
