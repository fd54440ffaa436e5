package org.activationdesk.ui.util;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.job.LicensingJob;
import org.activationdesk.core.job.Precondition;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Runs the jobs of a plan screen one at a time in the background, and says in its {@link Notice} what is running,
 * what was done, and what stopped it: an unmet precondition, a decoded error code, no answer in time.
 */
public final class JobRunner {

    private final Background background;
    private final ErrorCatalog catalog;
    private final Duration timeout;
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final Notice notice;
    private Background.Cancellable job;

    /** @param timeout how long a job may take (installing a key or converting an edition can take minutes) */
    public JobRunner(Background background, ErrorCatalog catalog, ObjectProperty<Messages> messages, Duration timeout) {
        this.background = background;
        this.catalog = catalog;
        this.timeout = timeout;
        this.notice = new Notice(messages);
    }

    /**
     * Runs the job unless one is running already or the snapshot does not meet its preconditions (then the first unmet
     * one is the notice, and nothing runs).
     *
     * @param afterwards called on the UI thread once the job ended, worked or not: typically reads the machine again
     */
    public void run(LicensingJob licensingJob, MachineSnapshot snapshot, Runnable afterwards) {
        if (running.get()) {
            return;
        }
        List<Precondition> unmet = licensingJob.unmetPreconditions(snapshot);
        if (!unmet.isEmpty()) {
            notice.set(StatusTone.PROBLEM, m -> m.of("precondition", unmet.get(0)));
            return;
        }
        running.set(true);
        notice.set(StatusTone.NEUTRAL, licensingJob::describe);
        job = background.run(() -> {
            licensingJob.execute();
            return Boolean.TRUE;
        }, timeout, done -> {
            running.set(false);
            notice.set(StatusTone.GOOD, m -> m.get("keyscreen.job.done", licensingJob.describe(m)));
            afterwards.run();
        }, failure -> {
            running.set(false);
            if (failure instanceof LicensingException licensing) {
                Hresult code = licensing.code();
                notice.set(StatusTone.PROBLEM, m -> m.get("keyscreen.job.failed", code.toString(),
                        Notice.title(code, catalog, m)));
            } else {
                notice.failure(failure, catalog, "keyscreen.job.timeout");
            }
            afterwards.run();
        });
    }

    /**
     * Stops a running job where the service allows; what it already changed stays changed.
     *
     * @return whether a job was running
     */
    public boolean cancel() {
        boolean wasRunning = job != null && running.get();
        if (job != null) {
            job.cancel();
            job = null;
        }
        running.set(false);
        return wasRunning;
    }

    /** Replaces the notice, e.g. to say that a job was cancelled. */
    public void say(StatusTone tone, Function<Messages, String> text) {
        notice.set(tone, text);
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty noticeProperty() {
        return notice.textProperty();
    }

    public ObjectProperty<StatusTone> noticeToneProperty() {
        return notice.toneProperty();
    }
}
