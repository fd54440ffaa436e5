package org.activationdesk.ui.volume;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
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
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.job.JobContext;
import org.activationdesk.core.job.LicensingJob;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyIssue;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.key.ProductKeyInput;
import org.activationdesk.core.plan.ActivationPlan;
import org.activationdesk.core.plan.ActivationPlanner;
import org.activationdesk.core.plan.ChannelSwitch;
import org.activationdesk.core.plan.Intent;
import org.activationdesk.core.plan.PlanStep;
import org.activationdesk.core.plan.StepJobs;
import org.activationdesk.core.plan.StepKind;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.ProbeStep;
import org.activationdesk.core.volume.SrvRecord;
import org.activationdesk.ui.shell.Session;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.JobRunner;
import org.activationdesk.ui.util.Notice;
import org.activationdesk.ui.util.StatusTone;
import org.activationdesk.ui.util.StepButtons;

/**
 * The volume activation screen: where this computer stands (KMS client, KMS host, MAK...), finding the KMS host in
 * DNS, probing a host, and switching between KMS client and MAK with the plan shown before anything changes. Every
 * network and licensing call runs in the background with a timeout and can be cancelled. The only KMS hosts it ever
 * puts into a field are ones the user typed or the organization's DNS returned.
 */
public final class VolumeViewModel {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** The lookup's own budget, as kms-discover's default. */
    static final Duration DISCOVER_TIMEOUT = Duration.ofSeconds(5);
    /** The whole probe's budget, as kms-probe's default. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(8);
    /** The port calls stop at their own budget; the margin only catches one that hangs all the same. */
    static final Duration MARGIN = Duration.ofSeconds(5);
    /** Identifying a key may read the machine's key configurations. */
    static final Duration PLAN_TIMEOUT = Duration.ofSeconds(20);
    /** Installing a key, converting an edition or activating can take minutes on a real server. */
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);

    /** What the switch makes of this computer. */
    public enum Target {
        KMS,
        MAK
    }

    /** One fact of "where am I". */
    public record Row(String label, String value) {
    }

    /**
     * One SRV record as shown: the record, and how often a client tries it first.
     *
     * @param endpoint the host and port to probe or use, empty for a record that names no host
     */
    public record SrvRow(int index, String target, String port, String priority, String weight, String choice,
                         boolean first, String endpoint) {
    }

    /** One step of a probe as shown. */
    public record ProbeRow(boolean passed, String stage, String evidence, String elapsed) {
    }

    /**
     * One step of the switch plan: its sentence, and the button label when Activation Desk can do the step.
     *
     * @param action     the button's label, or null for a step the person does (a restart, a DNS record)
     * @param opensPhone the button opens the phone activation screen instead of running a job
     */
    public record StepRow(int index, String text, String action, boolean opensPhone) {
    }

    /**
     * What a step's job will do and what stops it, for the confirmation before anything changes.
     *
     * @param publishedKey Microsoft's published KMS client key the step installs, whole (it is public); else null
     */
    public record StepProposal(String description, String publishedKey, List<String> unmet,
                               boolean needsGvlkConfirmation) {
    }

    /**
     * One kind of network call the screen makes (the SRV lookup, the probe): one at a time, in the background with the
     * call's own budget plus a margin, cancellable; a cancelled call never reports.
     */
    private final class NetworkCall<T> {
        final BooleanProperty busy = new SimpleBooleanProperty(false);
        T result;
        /** Why the last call gave no result (no answer in time, cancelled), or null. */
        Function<Messages, String> problem;
        private Background.Cancellable work;

        void start(Callable<T> call, Duration budget) {
            cancel();
            result = null;
            problem = null;
            busy.set(true);
            work = background.run(call, budget.plus(MARGIN), answer -> {
                busy.set(false);
                result = answer;
                render();
            }, failure -> {
                busy.set(false);
                problem = failureText(failure);
                render();
            });
            render();
        }

        void cancel() {
            if (work != null && busy.get()) {
                work.cancel();
                busy.set(false);
                problem = m -> m.get("volume.cancelled");
                render();
            }
            work = null;
            busy.set(false);
        }

        void clear() {
            cancel();
            result = null;
            problem = null;
        }
    }

    /** A plan and the key its install step takes (the published key or the typed MAK), or null. */
    private record Planned(ActivationPlan plan, ProductKey key) {
    }

    private final Session session;
    private final Background background;
    private final ErrorCatalog catalog;
    private final Clock clock;
    private final ObjectProperty<Messages> messages;

    private final BooleanProperty practice = new SimpleBooleanProperty(false);
    private final StringProperty headline = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> headlineTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final ObservableList<Row> facts = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObjectProperty<StatusTone> notesTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);

    private final StringProperty domain = new SimpleStringProperty("");
    private final StringProperty domainProblem = new SimpleStringProperty("");
    private final StringProperty discoveryText = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> discoveryTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final StringProperty discoveryFix = new SimpleStringProperty("");
    private final ObservableList<SrvRow> records = FXCollections.observableArrayList();

    private final StringProperty probeHost = new SimpleStringProperty("");
    private final StringProperty probeProblem = new SimpleStringProperty("");
    private final ObservableList<ProbeRow> probeSteps = FXCollections.observableArrayList();
    private final StringProperty probeSummary = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> probeTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final BooleanProperty probed = new SimpleBooleanProperty(false);

    private final ObjectProperty<Target> target = new SimpleObjectProperty<>(Target.KMS);
    private final BooleanProperty useDns = new SimpleBooleanProperty(true);
    private final StringProperty switchHost = new SimpleStringProperty("");
    private final StringProperty switchHostProblem = new SimpleStringProperty("");
    private final StringProperty mak = new SimpleStringProperty("");
    private final StringProperty makStatus = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> makTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final BooleanProperty byPhone = new SimpleBooleanProperty(false);
    private final BooleanProperty planned = new SimpleBooleanProperty(false);
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> verdictTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final StringProperty publishedKey = new SimpleStringProperty("");
    /** The published key is public, but shown whole only on request: screenshots and shoulders see it masked. */
    private final BooleanProperty publishedKeyShown = new SimpleBooleanProperty(false);
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<String> blockers = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final JobRunner jobs;

    private MachineSnapshot snapshot;
    private Function<Messages, String> readProblem;
    private final NetworkCall<DiscoveryResult> discovery = new NetworkCall<>();
    /** Why the typed domain cannot be looked up, or null. */
    private Function<Messages, String> domainInput;
    private final NetworkCall<ProbeResult> probe = new NetworkCall<>();
    /** Why the typed host cannot be probed, or null. */
    private Function<Messages, String> probeInput;
    private Planned plan;
    private Function<Messages, String> switchInputProblem = m -> "";
    private Background.Cancellable reading;
    private Background.Cancellable planWork;

    public VolumeViewModel(Session session, Background background, ErrorCatalog catalog, Clock clock,
                           ObjectProperty<Messages> messages) {
        this.session = session;
        this.background = background;
        this.catalog = catalog;
        this.clock = clock;
        this.messages = messages;
        this.jobs = new JobRunner(background, catalog, messages, JOB_TIMEOUT);
        messages.addListener((observable, before, now) -> render());
        target.addListener((observable, before, now) -> replan());
        useDns.addListener((observable, before, now) -> replan());
        switchHost.addListener((observable, before, now) -> replan());
        mak.addListener((observable, before, now) -> replan());
        byPhone.addListener((observable, before, now) -> replan());
        publishedKeyShown.addListener((observable, before, now) -> render());
        render();
    }

    /** A fresh start on this machine (and after a scenario switch): everything looked up before belonged to another. */
    public void start() {
        cancelJob();
        discovery.clear();
        domainInput = null;
        probe.clear();
        probeInput = null;
        jobs.say(StatusTone.NEUTRAL, m -> "");
        domain.set("");
        probeHost.set("");
        switchHost.set("");
        mak.set("");
        useDns.set(true);
        byPhone.set(false);
        practice.set(session.kmsNetwork().isPractice());
        refreshMachine(true);
    }

    /** Reads the machine again, and plans again for it. */
    public void refreshMachine() {
        refreshMachine(false);
    }

    private void refreshMachine(boolean fillDomain) {
        if (reading != null) {
            reading.cancel();
        }
        reading = background.run(() -> session.licensing().snapshot(), READ_TIMEOUT, read -> {
            snapshot = read;
            readProblem = null;
            if (fillDomain || domain.get().isBlank()) {
                domain.set(lookupDomain(read).orElse(""));
            }
            replan();
        }, failure -> {
            snapshot = null;
            readProblem = failureText(failure);
            replan();
        });
    }

    /** Where the computer looks for its KMS host: the domain set for the lookup, else its own DNS domain. */
    private static Optional<String> lookupDomain(MachineSnapshot snapshot) {
        return snapshot.windowsProduct().map(LicensingProduct::kmsClient).map(KmsClientInfo::lookupDomain)
                .or(() -> Optional.ofNullable(snapshot.machine().domain()));
    }

    // ---- find the KMS host ----

    /** Looks up {@code _vlmcs._tcp.<domain>} as a KMS client does. */
    public void discover() {
        DnsDomain parsed;
        try {
            parsed = DnsDomain.parse(domain.get());
            domainInput = null;
        } catch (BadAddressException e) {
            domainInput = e::describe;
            render();
            return;
        }
        discovery.start(() -> session.kmsNetwork().discover(parsed, Optional.empty(), DISCOVER_TIMEOUT),
                DISCOVER_TIMEOUT);
    }

    public void cancelDiscovery() {
        discovery.cancel();
    }

    /** Probes the host of an SRV record the DNS returned. */
    public void probe(SrvRow row) {
        probeHost.set(row.endpoint());
        probe();
    }

    /** Takes the host of an SRV record the DNS returned for the switch. */
    public void useForSwitch(SrvRow row) {
        chooseHost(row.endpoint());
    }

    // ---- probe a host ----

    /** Probes the typed host: name, TCP connect, one RPC bind; never an activation request. */
    public void probe() {
        KmsEndpoint endpoint;
        try {
            endpoint = KmsEndpoint.parse(probeHost.get());
            probeInput = null;
        } catch (BadAddressException e) {
            probeInput = e::describe;
            render();
            return;
        }
        probe.start(() -> session.kmsNetwork().probe(endpoint, PROBE_TIMEOUT), PROBE_TIMEOUT);
    }

    public void cancelProbe() {
        probe.cancel();
    }

    /** Takes the host just probed (typed by the user or from DNS) for the switch. */
    public void useProbedHostForSwitch() {
        if (probe.result != null) {
            chooseHost(probe.result.endpoint().toString());
        }
    }

    private void chooseHost(String endpoint) {
        target.set(Target.KMS);
        switchHost.set(endpoint);
        useDns.set(false);
    }

    // ---- switch ----

    private void replan() {
        if (planWork != null) {
            planWork.cancel();
            planWork = null;
        }
        plan = null;
        switchInputProblem = m -> "";
        MachineSnapshot machine = snapshot;
        if (machine == null) {
            render();
            return;
        }
        Intent intent;
        ProductKey typedKey = null;
        if (target.get() == Target.KMS) {
            if (useDns.get()) {
                intent = Intent.switchToKms();
            } else {
                try {
                    intent = Intent.switchToKms(KmsEndpoint.parse(switchHost.get()));
                } catch (BadAddressException e) {
                    switchInputProblem = e::describe;
                    render();
                    return;
                }
            }
        } else {
            Optional<ProductKey> key = ProductKeyInput.of(mak.get()).key();
            if (key.isEmpty()) {
                render();
                return;
            }
            typedKey = key.get();
            intent = Intent.switchToMak(typedKey, byPhone.get());
        }
        ProductKey makKey = typedKey;
        planWork = background.run(() -> {
            ActivationPlanner planner = new ActivationPlanner(
                    new KeyIdentifier(GvlkCatalog.builtIn(), session.keyConfigurations()));
            ActivationPlan made = planner.plan(machine, intent);
            ProductKey install = makKey != null ? makKey : made.channelSwitch().flatMap(ChannelSwitch::publishedKey)
                    .map(GvlkCatalog.Entry::key).orElse(null);
            return new Planned(made, install);
        }, PLAN_TIMEOUT, done -> {
            plan = done;
            render();
        }, failure -> render());
        render();
    }

    /** What running a step would do, for the confirmation; empty when the step has no job here. */
    public Optional<StepProposal> propose(int index) {
        Optional<LicensingJob> found = jobFor(index, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Messages m = messages.get();
        PlanStep step = plan.plan().steps().get(index);
        boolean gvlk = plan.plan().key() != null && StepJobs.needsGvlkConfirmation(step, plan.plan().key());
        List<Precondition> unmet = found.get().unmetPreconditions(snapshot).stream()
                .filter(p -> p != Precondition.GVLK_CONFIRMATION).toList(); // that one is asked in the dialog
        return Optional.of(new StepProposal(found.get().describe(m), gvlk ? plan.key().plainText() : null,
                unmet.stream().map(p -> m.of("precondition", p)).toList(), gvlk));
    }

    /**
     * Runs a step the user confirmed, in the background; then reads the machine again, which plans again.
     *
     * @param gvlkConfirmed the user ticked "make this computer a KMS client"
     */
    public void run(int index, boolean gvlkConfirmed) {
        jobFor(index, gvlkConfirmed).ifPresent(job -> jobs.run(job, snapshot, this::refreshMachine));
    }

    /** Stops a running step where the service allows; what it already changed stays changed, so it reads again. */
    public void cancelJob() {
        if (jobs.cancel()) {
            jobs.say(StatusTone.WARNING, m -> m.get("volume.job.cancelled"));
            refreshMachine();
        }
    }

    private Optional<LicensingJob> jobFor(int index, boolean gvlkConfirmed) {
        if (plan == null || snapshot == null || index < 0 || index >= plan.plan().steps().size()) {
            return Optional.empty();
        }
        JobContext context = new JobContext(session.licensing(), session.journal(), clock,
                snapshot.machine().computerName());
        return StepJobs.jobFor(plan.plan().steps().get(index), plan.key(), plan.plan().key(), snapshot, context,
                gvlkConfirmed);
    }

    // ---- texts ----

    private String title(Hresult code, Messages m) {
        return Notice.title(code, catalog, m);
    }

    private static Function<Messages, String> failureText(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return m -> m.get("volume.timeout");
        }
        if (failure instanceof LicensingException licensing) {
            String code = licensing.code().toString();
            return m -> m.get("volume.readFailed", code);
        }
        String kind = failure.getClass().getSimpleName();
        return m -> m.get("overview.failed.unexpected", kind);
    }

    private void render() {
        Messages m = messages.get();
        renderSituation(m);
        renderDiscovery(m);
        renderProbe(m);
        renderSwitch(m);
    }

    private void renderSituation(Messages m) {
        if (snapshot == null) {
            headline.set(readProblem == null ? m.get("volume.reading") : readProblem.apply(m));
            headlineTone.set(readProblem == null ? StatusTone.NEUTRAL : StatusTone.PROBLEM);
            facts.clear();
            notes.clear();
            return;
        }
        Situation.Text text = Situation.of(snapshot, m, this::title);
        headline.set(text.headline());
        headlineTone.set(text.tone());
        facts.setAll(text.rows().stream().map(r -> new Row(r.label(), r.value())).toList());
        notes.setAll(text.notes());
        notesTone.set(text.notesTone());
    }

    private void renderDiscovery(Messages m) {
        domainProblem.set(domainInput == null ? "" : domainInput.apply(m));
        DiscoveryResult found = discovery.result;
        if (discovery.busy.get()) {
            discoveryText.set(m.get("volume.discover.running", domain.get().strip()));
            discoveryTone.set(StatusTone.NEUTRAL);
            discoveryFix.set("");
            records.clear();
            return;
        }
        if (found == null) {
            discoveryText.set(discovery.problem == null ? "" : discovery.problem.apply(m));
            discoveryTone.set(StatusTone.PROBLEM);
            discoveryFix.set("");
            records.clear();
            return;
        }
        // The explanation names the code a client reports already.
        discoveryText.set(Phrase.sentences(found.explanation(),
                Phrase.of("volume.elapsed", String.valueOf(found.elapsed().toMillis()))).in(m));
        discoveryTone.set(found.found() ? StatusTone.GOOD : StatusTone.PROBLEM);
        discoveryFix.set(found.fix().map(f -> f.in(m)).orElse(""));
        List<SrvRecord> all = found.records();
        List<String> choices = SrvShares.describe(all, m);
        records.setAll(IntStream.range(0, all.size()).mapToObj(i -> {
            SrvRecord r = all.get(i);
            return new SrvRow(i, r.target(), String.valueOf(r.port()), String.valueOf(r.priority()),
                    String.valueOf(r.weight()), choices.get(i), SrvShares.isFirstChoice(all, r),
                    r.isNoService() ? "" : KmsEndpoint.of(r).toString());
        }).toList());
    }

    private void renderProbe(Messages m) {
        probeProblem.set(probeInput == null ? "" : probeInput.apply(m));
        ProbeResult result = probe.result;
        probed.set(result != null);
        if (probe.busy.get()) {
            probeSteps.clear();
            probeSummary.set(m.get("volume.probe.running", probeHost.get().strip()));
            probeTone.set(StatusTone.NEUTRAL);
            return;
        }
        if (result == null) {
            probeSteps.clear();
            probeSummary.set(probe.problem == null ? "" : probe.problem.apply(m));
            probeTone.set(StatusTone.PROBLEM);
            return;
        }
        List<ProbeRow> rows = new ArrayList<>();
        for (ProbeStep step : result.steps()) {
            rows.add(new ProbeRow(step.passed(), m.of("volume.stage", step.stage()), step.evidence().in(m),
                    m.get("volume.probe.ms", String.valueOf(step.elapsed().toMillis()))));
        }
        probeSteps.setAll(rows);
        Phrase code = result.clientCode().map(c -> Phrase.of("volume.clientReports", c.toString(), title(c, m)))
                .orElse(null);
        probeSummary.set(Phrase.sentences(result.summary(), code).in(m));
        probeTone.set(result.isKms() ? StatusTone.GOOD : StatusTone.PROBLEM);
    }

    private void renderSwitch(Messages m) {
        switchHostProblem.set(target.get() == Target.KMS && !useDns.get() && !switchHost.get().isBlank()
                ? switchInputProblem.apply(m) : "");
        renderMak(m);
        planned.set(plan != null);
        if (plan == null) {
            verdict.set("");
            publishedKey.set("");
            steps.clear();
            blockers.clear();
            warnings.clear();
            return;
        }
        ActivationPlan p = plan.plan();
        verdict.set(p.verdictText(m));
        verdictTone.set(p.isBlocked() ? StatusTone.PROBLEM : StatusTone.NEUTRAL);
        publishedKey.set(p.channelSwitch().flatMap(ChannelSwitch::publishedKey)
                .map(e -> m.get("volume.switch.publishedKey", e.editionName(),
                        publishedKeyShown.get() ? e.key().plainText() : e.key().masked())).orElse(""));
        List<PlanStep> planSteps = p.steps();
        steps.setAll(IntStream.range(0, planSteps.size()).mapToObj(i -> {
            StepKind kind = planSteps.get(i).kind();
            return new StepRow(i, (i + 1) + ". " + planSteps.get(i).text(m), StepButtons.label(kind, m),
                    kind == StepKind.ACTIVATE_BY_PHONE);
        }).toList());
        blockers.setAll(p.blockers().stream().map(b -> b.text(m)).toList());
        warnings.setAll(p.warnings().stream().map(w -> w.text(m)).toList());
    }

    private void renderMak(Messages m) {
        ProductKeyInput typed = ProductKeyInput.of(mak.get());
        boolean empty = typed.problems().stream().anyMatch(p -> p.code() == KeyIssue.Code.EMPTY);
        if (empty) {
            makStatus.set(m.get("volume.switch.mak.empty"));
            makTone.set(StatusTone.NEUTRAL);
        } else if (typed.isValid()) {
            makStatus.set(m.get("keyscreen.status.valid", typed.masked()));
            makTone.set(StatusTone.GOOD);
        } else {
            List<String> problems = typed.problems().stream().map(p -> p.message(m)).toList();
            makStatus.set(m.get("keyscreen.status.invalid", String.valueOf(typed.length()))
                    + (problems.isEmpty() ? "" : " " + String.join(" ", problems)));
            makTone.set(StatusTone.PROBLEM);
        }
    }


    public BooleanProperty practiceProperty() { return practice; }
    public StringProperty headlineProperty() { return headline; }
    public ObjectProperty<StatusTone> headlineToneProperty() { return headlineTone; }
    public ObservableList<Row> facts() { return facts; }
    public ObservableList<String> notes() { return notes; }
    public ObjectProperty<StatusTone> notesToneProperty() { return notesTone; }
    public StringProperty domainProperty() { return domain; }
    public StringProperty domainProblemProperty() { return domainProblem; }
    public BooleanProperty discoveringProperty() { return discovery.busy; }
    public StringProperty discoveryTextProperty() { return discoveryText; }
    public ObjectProperty<StatusTone> discoveryToneProperty() { return discoveryTone; }
    public StringProperty discoveryFixProperty() { return discoveryFix; }
    public ObservableList<SrvRow> records() { return records; }
    public StringProperty probeHostProperty() { return probeHost; }
    public StringProperty probeProblemProperty() { return probeProblem; }
    public BooleanProperty probingProperty() { return probe.busy; }
    public ObservableList<ProbeRow> probeSteps() { return probeSteps; }
    public StringProperty probeSummaryProperty() { return probeSummary; }
    public ObjectProperty<StatusTone> probeToneProperty() { return probeTone; }
    public BooleanProperty probedProperty() { return probed; }
    public ObjectProperty<Target> targetProperty() { return target; }
    public BooleanProperty useDnsProperty() { return useDns; }
    public StringProperty switchHostProperty() { return switchHost; }
    public StringProperty switchHostProblemProperty() { return switchHostProblem; }
    public StringProperty makProperty() { return mak; }
    public StringProperty makStatusProperty() { return makStatus; }
    public ObjectProperty<StatusTone> makToneProperty() { return makTone; }
    public BooleanProperty byPhoneProperty() { return byPhone; }
    public BooleanProperty plannedProperty() { return planned; }
    public StringProperty verdictProperty() { return verdict; }
    public ObjectProperty<StatusTone> verdictToneProperty() { return verdictTone; }
    public StringProperty publishedKeyProperty() { return publishedKey; }
    public BooleanProperty publishedKeyShownProperty() { return publishedKeyShown; }
    public ObservableList<StepRow> steps() { return steps; }
    public ObservableList<String> blockers() { return blockers; }
    public ObservableList<String> warnings() { return warnings; }
    public BooleanProperty jobRunningProperty() { return jobs.runningProperty(); }
    public StringProperty jobNoticeProperty() { return jobs.noticeProperty(); }
    public ObjectProperty<StatusTone> jobNoticeToneProperty() { return jobs.noticeToneProperty(); }
}
