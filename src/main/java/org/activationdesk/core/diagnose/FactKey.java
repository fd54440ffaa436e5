package org.activationdesk.core.diagnose;

import java.time.Instant;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.RdsActivationStatus;

/**
 * The facts a check can report as evidence, each with the one type its value has, so a screen or a script
 * can use a fact without parsing the evidence sentence.
 */
public enum FactKey {
    COMPUTER_NAME(String.class),
    PRODUCT_COUNT(Integer.class),
    PRODUCT(String.class),
    EDITION_ID(String.class),
    CHANNEL(Channel.class),
    /** The key as it may be shown: {@code *****-*****-*****-*****-T83GX}. Never a full key. */
    MASKED_KEY(String.class),
    LICENSE_STATUS(LicenseStatus.class),
    REASON(Hresult.class),
    LAST_ACTIVATION_ERROR(Hresult.class),
    GRACE_MINUTES(Long.class),
    EVALUATION_END(Instant.class),
    /** Whole days left before something ends; negative once it has ended. */
    DAYS_LEFT(Long.class),
    DOMAIN_ROLE(DomainRole.class),
    /** Converting an evaluation is blocked because this server is a domain controller. */
    DOMAIN_CONTROLLER(Boolean.class),
    REMAINING_REARMS(Integer.class),
    ELEVATED(Boolean.class),
    /** {@code host:port} set by hand (slmgr /skms). */
    KMS_REGISTERED_HOST(String.class),
    /** {@code host:port} the client found in DNS. */
    KMS_DISCOVERED_HOST(String.class),
    KMS_LOOKUP_DOMAIN(String.class),
    KMS_CURRENT_COUNT(Integer.class),
    KMS_REQUIRED_COUNT(Integer.class),
    RDS_ACTIVATION_STATUS(RdsActivationStatus.class),
    RDS_KEY_PACKS(Integer.class),
    RDS_AVAILABLE_LICENSES(Integer.class),
    TIMEOUT_SECONDS(Long.class),
    /** How many SRV records DNS returned for the KMS lookup. */
    KMS_SRV_RECORDS(Integer.class),
    /** {@code host:port} a KMS client tries first among those records. */
    KMS_SRV_CHOICE(String.class),
    /** {@code host:port} the port check probed. */
    KMS_PROBED_HOST(String.class),
    /** The probe's answer by its script name: unresolved, refused, timeout, not-kms or kms. */
    KMS_PROBE_STATE(String.class),
    /** The Software Protection service's state: running, stopped, start-pending, ... */
    SERVICE_STATE(String.class),
    /** Its startup type: automatic, manual, disabled, other. */
    SERVICE_START_MODE(String.class),
    /** The address the internet check asked. */
    ONLINE_TARGET(String.class),
    /** {@code host:port} of the proxy the request went through. */
    PROXY(String.class),
    /** How the request ended: reachable, name-not-resolved, cannot-connect, timed-out, proxy-authentication, ... */
    ONLINE_OUTCOME(String.class),
    HTTP_STATUS(Integer.class),
    /** What the clock was compared with: a KMS host or a server's HTTP Date. */
    CLOCK_REFERENCE(String.class),
    /** This computer's clock minus the reference, in whole seconds; positive when this computer is ahead. */
    CLOCK_OFFSET_SECONDS(Long.class),
    /** The restart markers found, by script name: component-servicing, windows-update, file-rename. */
    RESTART_MARKERS(String.class);

    private final Class<?> type;

    FactKey(Class<?> type) {
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }
}
