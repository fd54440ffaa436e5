package org.activationdesk.ui.phone;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.DepositConfirmationIdJob;
import org.activationdesk.core.job.GenerateInstallationIdJob;
import org.activationdesk.core.job.JobContext;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.phone.BlockRule;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.ConfirmationIdEntry.BlockState;
import org.activationdesk.core.phone.ConfirmationIdEntry;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.phone.PhoneLineCall;
import org.activationdesk.core.phone.PhoneRegion;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.report.PhoneSheetWriter;
import org.activationdesk.ui.shell.Session;
import org.activationdesk.ui.util.Background;
import org.activationdesk.ui.util.Notice;
import org.activationdesk.ui.util.StatusTone;

/**
 * Phone activation as a calm sequence: region and number, the Installation ID group by group, the Confirmation ID
 * block by block, then the deposit and what Windows says. Everything typed is kept until the user starts over; every
 * licensing call runs in the background with a timeout and can be cancelled.
 */
public final class PhoneActivationViewModel {

    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Depositing re-reads the ID, deposits and re-reads the status: three service calls. */
    static final Duration DEPOSIT_TIMEOUT = Duration.ofSeconds(60);

    private final Session session;
    private final Background background;
    private final ErrorCatalog catalog;
    private final Clock clock;
    private final ObjectProperty<Messages> messages;

    private final ObjectProperty<PhoneStep> step = new SimpleObjectProperty<>(PhoneStep.REGION);
    private final StringProperty product = new SimpleStringProperty("");
    private final ObservableList<PhoneRegion> regions = FXCollections.observableArrayList();
    private final ObjectProperty<PhoneRegion> region = new SimpleObjectProperty<>();
    private final StringProperty numbers = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final IntegerProperty currentGroup = new SimpleIntegerProperty(0);
    private final BooleanProperty practiceLine = new SimpleBooleanProperty(false);
    private final StringProperty linePrompt = new SimpleStringProperty("");
    private final ObservableList<String> lineAnswer = FXCollections.observableArrayList();
    private final StringProperty[] blocks = new StringProperty[ConfirmationId.BLOCKS];
    private final ObservableList<BlockState> blockStates = FXCollections.observableArrayList();
    private final StringProperty blockProblem = new SimpleStringProperty("");
    private final BooleanProperty depositReady = new SimpleBooleanProperty(false);
    private final ObjectProperty<PhoneOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty result = new SimpleStringProperty("");
    private final ObjectProperty<StatusTone> resultTone = new SimpleObjectProperty<>(StatusTone.NEUTRAL);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Notice notice;

    private final ConfirmationIdEntry entry = new ConfirmationIdEntry(BlockRule.DIGIT_COUNT_ONLY);
    private MachineSnapshot snapshot;
    private LicensingProduct windows;
    private InstallationId installationId;
    private PhoneLineCall call;
    private Background.Cancellable running;
    private Function<Messages, String> productText = m -> "";
    private Function<Messages, String> promptText = m -> "";
    private Function<Messages, String> resultText = m -> "";

    public PhoneActivationViewModel(Session session, Background background, ErrorCatalog catalog, Clock clock,
                                    ObjectProperty<Messages> messages) {
        this.session = session;
        this.background = background;
        this.catalog = catalog;
        this.clock = clock;
        this.messages = messages;
        this.notice = new Notice(messages);
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new SimpleStringProperty("");
            blockStates.add(BlockState.EMPTY);
        }
        region.addListener((observable, before, now) -> render());
        messages.addListener((observable, before, now) -> render());
    }

    /** Reads the machine and the phone directory and starts at the first step; forgets any earlier call. */
    public void start() {
        cancel();
        busy.set(true);
        ready.set(false);
        step.set(PhoneStep.REGION);
        running = background.run(() -> new Start(session.licensing().snapshot(), session.phoneDirectory().regions()),
                READ_TIMEOUT, this::started, this::failed);
    }

    private record Start(MachineSnapshot snapshot, List<PhoneRegion> regions) {
    }

    private void started(Start start) {
        busy.set(false);
        snapshot = start.snapshot();
        windows = snapshot.windowsProduct().orElse(null);
        regions.setAll(start.regions());
        region.set(preferredRegion(start.regions()));
        practiceLine.set(session.practicePhoneLine().isPresent());
        if (windows == null) {
            productText = m -> m.get("phone.product.none");
            notice.set(StatusTone.PROBLEM, m -> m.of("precondition", Precondition.PRODUCT_WITH_KEY));
        } else {
            LicensingProduct p = windows;
            String key = p.partialKey() == null ? "" : KeyMask.fromPartialKey(p.partialKey());
            productText = m -> m.get("phone.product", p.name(), m.of("channel", p.channel()), key);
            List<Precondition> unmet = readJob().unmetPreconditions(snapshot);
            if (unmet.isEmpty()) {
                notice.set(StatusTone.NEUTRAL, m -> "");
                ready.set(true);
            } else {
                notice.set(StatusTone.PROBLEM, m -> m.of("precondition", unmet.get(0)));
            }
        }
        render();
    }

    /** The region of the user's own country when the directory has it, else the first. */
    private static PhoneRegion preferredRegion(List<PhoneRegion> regions) {
        String country;
        try {
            country = Locale.getDefault().getISO3Country();
        } catch (RuntimeException e) {
            country = "";
        }
        String own = country;
        return regions.stream().filter(r -> r.code().equals(own)).findFirst()
                .orElse(regions.isEmpty() ? null : regions.get(0));
    }

    /** Step 1 → 2: reads the Installation ID Windows has for this product now. */
    public void readInstallationId() {
        if (!ready.get() || busy.get()) {
            return;
        }
        cancel();
        busy.set(true);
        GenerateInstallationIdJob job = readJob();
        notice.set(StatusTone.NEUTRAL, job::describe);
        running = background.run(() -> {
            job.execute();
            return job.installationId();
        }, READ_TIMEOUT, id -> {
            busy.set(false);
            installationId = id;
            groups.setAll(id.groups());
            currentGroup.set(0);
            call = new PhoneLineCall(id.groupSize());
            lineAnswer.clear();
            promptText = m -> m.get("phone.line.askGroup", 1);
            notice.set(StatusTone.NEUTRAL, m -> "");
            step.set(PhoneStep.INSTALLATION_ID);
            render();
        }, this::failed);
    }

    private GenerateInstallationIdJob readJob() {
        return new GenerateInstallationIdJob(jobContext(), windows);
    }

    private JobContext jobContext() {
        return new JobContext(session.licensing(), session.journal(), clock, snapshot.machine().computerName());
    }

    public void nextGroup() {
        currentGroup.set(Math.min(currentGroup.get() + 1, Math.max(0, groups.size() - 1)));
    }

    public void previousGroup() {
        currentGroup.set(Math.max(currentGroup.get() - 1, 0));
    }

    /** The ID to copy: groups separated by spaces, as web forms and people read it. */
    public String installationIdText() {
        return installationId == null ? "" : installationId.grouped();
    }

    /** Saves the printable sheet (Installation ID, machine, masked key, empty Confirmation ID boxes) as HTML. */
    public void saveSheet(Path file) {
        if (installationId == null) {
            return;
        }
        Messages m = messages.get();
        String html = new PhoneSheetWriter().write(m, snapshot.machine().computerName(), windows.name(),
                windows.partialKey(), installationId, clock.instant(),
                session.practiceScenario().map(s -> s.title().in(m.language())).orElse(null));
        background.run(() -> Files.writeString(file, html, StandardCharsets.UTF_8), READ_TIMEOUT,
                saved -> notice.set(StatusTone.GOOD, t -> t.get("phone.sheet.saved", saved.toString())), this::failed);
    }

    /**
     * Practice line: the trainee keys in the group the line asks for. The line checks only the group's check digit,
     * as the real voice system does, and reads the Confirmation ID back once all nine groups are in.
     */
    public void keyInToLine(String keyed) {
        if (call == null || session.practicePhoneLine().isEmpty()) {
            return;
        }
        int group = call.askingForGroup();
        switch (call.hear(keyed)) {
            case ACCEPTED -> {
                int next = call.askingForGroup();
                promptText = m -> m.get("phone.line.askGroup", next);
                currentGroup.set(Math.min(next - 1, InstallationId.GROUPS - 1));
            }
            case WRONG_LENGTH -> promptText = m -> m.get("phone.line.wrongLength", group,
                    installationId.groupSize());
            case CHECK_FAILED -> promptText = m -> m.get("phone.line.checkFailed", group);
            case COMPLETE -> {
                InstallationId heard = call.heardId().orElseThrow();
                ConfirmationId answer = session.practicePhoneLine().get().confirmationIdFor(heard);
                lineAnswer.clear();
                List<String> answerBlocks = answer.blocks();
                for (int i = 0; i < answerBlocks.size(); i++) {
                    lineAnswer.add(ConfirmationId.label(i) + "  " + answerBlocks.get(i));
                }
                promptText = m -> m.get("phone.line.readsBack");
            }
        }
        render();
    }

    /** Step 2 → 3. */
    public void toConfirmationId() {
        if (installationId != null) {
            step.set(PhoneStep.CONFIRMATION_ID);
        }
    }

    /**
     * A block was typed or pasted into. Returns the block the cursor belongs in next; the view moves focus there.
     */
    public int enterBlock(int index, String text) {
        int next = entry.enter(index, text);
        for (int i = 0; i < blocks.length; i++) {
            blocks[i].set(entry.block(i));
            blockStates.set(i, entry.state(i));
        }
        depositReady.set(entry.confirmationId().isPresent());
        render();
        return next;
    }

    /** Step 3 → 4: hands the Confirmation ID to Windows, after checking the Installation ID did not change. */
    public void deposit() {
        Optional<ConfirmationId> confirmationId = entry.confirmationId();
        if (confirmationId.isEmpty() || installationId == null || busy.get()) {
            return;
        }
        cancel();
        busy.set(true);
        DepositConfirmationIdJob job = new DepositConfirmationIdJob(jobContext(), windows, installationId,
                confirmationId.get());
        notice.set(StatusTone.NEUTRAL, job::describe);
        running = background.run(() -> {
            job.execute();
            return session.licensing().snapshot();
        }, DEPOSIT_TIMEOUT, after -> {
            busy.set(false);
            snapshot = after;
            LicensingProduct now = after.product(windows.activationId()).orElse(windows);
            outcome.set(PhoneOutcome.ACTIVATED);
            resultTone.set(StatusTone.GOOD);
            resultText = m -> m.get("phone.result.status", m.of("phone.outcome", PhoneOutcome.ACTIVATED), now.name(),
                    m.of("licenseStatus", now.licenseStatus()));
            notice.set(StatusTone.NEUTRAL, m -> "");
            step.set(PhoneStep.RESULT);
            render();
        }, failure -> {
            busy.set(false);
            if (failure instanceof LicensingException licensing) {
                Hresult code = licensing.code();
                PhoneOutcome kind = job.installationIdChanged() ? PhoneOutcome.INSTALLATION_ID_CHANGED
                        : PhoneOutcome.of(code);
                outcome.set(kind);
                resultTone.set(StatusTone.PROBLEM);
                resultText = m -> m.of("phone.outcome", kind) + " (" + code + ": " + Notice.title(code, catalog, m) + ")";
                notice.set(StatusTone.NEUTRAL, m -> "");
                step.set(PhoneStep.RESULT);
                render();
            } else {
                failed(failure);
            }
        });
    }

    /** After a wrong digit: back to the blocks, everything still typed in. */
    public void backToConfirmationId() {
        step.set(PhoneStep.CONFIRMATION_ID);
    }

    /** After the Installation ID changed: a new ID, a new call; the old Confirmation ID is of no use. */
    public void startOver() {
        entry.clear();
        enterBlock(0, "");
        outcome.set(null);
        readInstallationId();
    }

    public void back() {
        switch (step.get()) {
            case INSTALLATION_ID -> step.set(PhoneStep.REGION);
            case CONFIRMATION_ID -> step.set(PhoneStep.INSTALLATION_ID);
            case RESULT -> step.set(PhoneStep.CONFIRMATION_ID);
            case REGION -> { }
        }
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        notice.failure(failure, catalog, "phone.failed.timeout");
    }

    private void render() {
        Messages m = messages.get();
        product.set(productText.apply(m));
        linePrompt.set(promptText.apply(m));
        result.set(resultText.apply(m));
        PhoneRegion r = region.get();
        numbers.set(r == null ? "" : r.isPracticeLine() ? m.get("phone.numbers.practice")
                : String.join("\n", r.numbers()));
        blockProblem.set(blockProblem(m));
    }

    /** Names the first block that is finished but wrong; a block still being typed is not wrong yet. */
    private String blockProblem(Messages m) {
        for (int i = 0; i < ConfirmationId.BLOCKS; i++) {
            String label = String.valueOf(ConfirmationId.label(i));
            switch (entry.state(i)) {
                case NOT_DIGITS -> {
                    return m.get("phone.block.notDigits", label);
                }
                case TOO_LONG -> {
                    return m.get("phone.block.tooLong", label, ConfirmationId.BLOCK_SIZE);
                }
                case REJECTED -> {
                    return m.get("phone.block.rejected", label);
                }
                default -> {
                }
            }
        }
        return "";
    }

    public ObjectProperty<PhoneStep> stepProperty() { return step; }
    public StringProperty productProperty() { return product; }
    public ObservableList<PhoneRegion> regions() { return regions; }
    public ObjectProperty<PhoneRegion> regionProperty() { return region; }
    public StringProperty numbersProperty() { return numbers; }
    public BooleanProperty readyProperty() { return ready; }
    public ObservableList<String> groups() { return groups; }
    public IntegerProperty currentGroupProperty() { return currentGroup; }
    public BooleanProperty practiceLineProperty() { return practiceLine; }
    public StringProperty linePromptProperty() { return linePrompt; }
    public ObservableList<String> lineAnswer() { return lineAnswer; }
    public StringProperty blockProperty(int index) { return blocks[index]; }
    public ObservableList<BlockState> blockStates() { return blockStates; }
    public StringProperty blockProblemProperty() { return blockProblem; }
    public BooleanProperty depositReadyProperty() { return depositReady; }
    public ObjectProperty<PhoneOutcome> outcomeProperty() { return outcome; }
    public StringProperty resultProperty() { return result; }
    public ObjectProperty<StatusTone> resultToneProperty() { return resultTone; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty noticeProperty() { return notice.textProperty(); }
    public ObjectProperty<StatusTone> noticeToneProperty() { return notice.toneProperty(); }
}
