package org.activationdesk.core.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.rds.RdsId;
import org.activationdesk.core.rds.RdsIdKind;

/**
 * Activates or reactivates the RD license server, one of four ways, each one documented {@code Win32_TSLicenseServer}
 * method: automatically over the internet, or with the license server ID the Clearinghouse gave by web or telephone.
 * The server must report itself activated afterwards; a method that succeeds but leaves it not activated counts as a
 * failure (0x80041001).
 */
public final class RdsActivationJob implements LicensingJob {

    /** Reported when the method returns but the server still says it is not activated. */
    static final Hresult STILL_NOT_ACTIVATED = new Hresult(0x80041001); // WBEM_E_FAILED

    /** The four ways, with the journal's action name for each. */
    public enum Method {
        /** ActivateServerAutomatic, after the contact properties are saved. */
        ACTIVATE_AUTOMATIC("rds-activate-automatic"),
        /** ActivateServer(sLicenseServerId). */
        ACTIVATE_WITH_ID("rds-activate-with-id"),
        /** ReactivateServerAutomatic(Reason), after the contact properties are saved. */
        REACTIVATE_AUTOMATIC("rds-reactivate-automatic"),
        /** ReactivateServer(sNewLicenseServerId). */
        REACTIVATE_WITH_ID("rds-reactivate-with-id");

        private final String action;

        Method(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }

        boolean isReactivation() {
            return this == REACTIVATE_AUTOMATIC || this == REACTIVATE_WITH_ID;
        }

        boolean isAutomatic() {
            return this == ACTIVATE_AUTOMATIC || this == REACTIVATE_AUTOMATIC;
        }
    }

    /** The port and the record the job works with. */
    public record Context(RdsLicensingService service, ActionJournal journal, Clock clock, MachineSnapshot snapshot,
                          RdsLicenseServer server) {
        public Context {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(journal, "journal");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(snapshot, "snapshot");
            Objects.requireNonNull(server, "server");
        }
    }

    private final Context context;
    private final Method method;
    private final RdsContact contact;
    private final RdsReactivationReason reason;
    private final RdsId serverId;

    private RdsActivationJob(Context context, Method method, RdsContact contact, RdsReactivationReason reason,
                             RdsId serverId) {
        this.context = context;
        this.method = method;
        this.contact = contact;
        this.reason = reason;
        this.serverId = serverId;
        if (serverId != null && serverId.kind() != RdsIdKind.LICENSE_SERVER_ID) {
            throw new IllegalArgumentException("a key pack ID does not activate a license server");
        }
    }

    /** Activation over the internet; saves the contact properties first. */
    public static RdsActivationJob activateAutomatically(Context context, RdsContact contact) {
        return new RdsActivationJob(context, Method.ACTIVATE_AUTOMATIC, Objects.requireNonNull(contact), null, null);
    }

    /** Activation by web or telephone with the license server ID the Clearinghouse gave. */
    public static RdsActivationJob activateWithId(Context context, RdsId licenseServerId) {
        return new RdsActivationJob(context, Method.ACTIVATE_WITH_ID, null, null, Objects.requireNonNull(licenseServerId));
    }

    /** Reactivation over the internet for a reason; saves the contact properties first. */
    public static RdsActivationJob reactivateAutomatically(Context context, RdsContact contact,
                                                           RdsReactivationReason reason) {
        return new RdsActivationJob(context, Method.REACTIVATE_AUTOMATIC, Objects.requireNonNull(contact),
                Objects.requireNonNull(reason), null);
    }

    /** Reactivation by web or telephone with the new license server ID the Clearinghouse gave. */
    public static RdsActivationJob reactivateWithId(Context context, RdsId newLicenseServerId) {
        return new RdsActivationJob(context, Method.REACTIVATE_WITH_ID, null, null,
                Objects.requireNonNull(newLicenseServerId));
    }

    public Method method() {
        return method;
    }

    @Override
    public String describe(Messages messages) {
        return switch (method) {
            case ACTIVATE_AUTOMATIC -> messages.get("job.rds.activateAutomatic");
            case ACTIVATE_WITH_ID -> messages.get("job.rds.activateWithId", serverId.grouped());
            case REACTIVATE_AUTOMATIC -> messages.get("job.rds.reactivateAutomatic", messages.of("rds.reason", reason));
            case REACTIVATE_WITH_ID -> messages.get("job.rds.reactivateWithId", serverId.grouped());
        };
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        List<Precondition> unmet = new ArrayList<>();
        if (!snapshot.machine().elevated()) {
            unmet.add(Precondition.ELEVATION);
        }
        RdsLicenseServer server = context.server();
        if (method.isReactivation() && !server.isActivated()) {
            unmet.add(Precondition.RDS_ACTIVATED);
        }
        if (!method.isReactivation() && server.isActivated()) {
            unmet.add(Precondition.RDS_NOT_ACTIVATED);
        }
        if (method.isAutomatic() && !contact.isCompleteForAutomaticActivation()) {
            unmet.add(Precondition.RDS_CONTACT);
        }
        if (method == Method.REACTIVATE_WITH_ID && serverId.compact().equals(server.licenseServerId())) {
            unmet.add(Precondition.RDS_NEW_SERVER_ID);
        }
        return unmet;
    }

    @Override
    public void execute() throws LicensingException {
        Hresult outcome = Hresult.S_OK;
        try {
            RdsActivationStatus status = call();
            if (status != RdsActivationStatus.ACTIVATED) {
                throw new LicensingException(STILL_NOT_ACTIVATED, "The license server reports " + status);
            }
        } catch (LicensingException e) {
            outcome = e.code();
            throw e;
        } finally {
            record(outcome);
        }
    }

    private RdsActivationStatus call() throws LicensingException {
        RdsLicensingService service = context.service();
        return switch (method) {
            case ACTIVATE_AUTOMATIC -> {
                service.setContact(contact);
                yield service.activateServerAutomatic();
            }
            case ACTIVATE_WITH_ID -> service.activateServer(serverId.compact());
            case REACTIVATE_AUTOMATIC -> {
                service.setContact(contact);
                yield service.reactivateServerAutomatic(reason);
            }
            case REACTIVATE_WITH_ID -> service.reactivateServer(serverId.compact());
        };
    }

    private void record(Hresult outcome) {
        ActionJournal journal = context.journal();
        try {
            journal.append(new JournalEntry(context.clock().instant(), context.snapshot().machine().computerName(),
                    method.action(), null, outcome));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the action journal " + journal.file(), e);
        }
    }
}
