package org.activationdesk.core.job;

import java.util.List;
import java.util.regex.Pattern;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.MachineSnapshot;

/**
 * Sets the KMS host this KMS client uses (slmgr /skms), or clears it (slmgr /ckms) so the client looks in DNS again.
 * The host is always one the user typed or found in their own DNS; the app never proposes one.
 */
public final class SetKmsHostJob extends JournalledJob {

    public static final String ACTION_SET = "set-kms-host";
    public static final String ACTION_CLEAR = "clear-kms-host";

    /** A DNS name or IPv4 address; an IPv6 address in brackets or bare. No spaces, no scheme, no path. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]+]?");

    private final String host;
    private final int port;

    private SetKmsHostJob(JobContext context, String action, String host, int port) {
        super(context, action);
        this.host = host;
        this.port = port;
    }

    /** @param port the TCP port, 0 for the default 1688 */
    public static SetKmsHostJob set(JobContext context, String host, int port) {
        return new SetKmsHostJob(context, ACTION_SET, host == null ? "" : host.trim(), port);
    }

    public static SetKmsHostJob clear(JobContext context) {
        return new SetKmsHostJob(context, ACTION_CLEAR, null, 0);
    }

    @Override
    public String describe(Messages messages) {
        // The port goes in as text: MessageFormat would group it ("1,688").
        return host == null ? messages.get("job.clearKmsHost")
                : messages.get("job.setKmsHost", host, String.valueOf(port == 0 ? KmsClientInfo.DEFAULT_PORT : port));
    }

    @Override
    public List<Precondition> unmetPreconditions(MachineSnapshot snapshot) {
        boolean valid = host == null || HOST.matcher(host).matches() && port >= 0 && port <= 65535;
        return Jobs.elevated(snapshot).unless(valid, Precondition.VALID_KMS_HOST).unmet();
    }

    @Override
    protected void run() throws LicensingException {
        if (host == null) {
            context.service().clearKmsHost();
        } else {
            context.service().setKmsHost(host, port);
        }
    }

    @Override
    protected String detail() {
        return host == null ? null : host + ":" + (port == 0 ? KmsClientInfo.DEFAULT_PORT : port);
    }
}
