package org.activationdesk.core.port;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.activationdesk.core.errors.Hresult;

/**
 * One licensed product (SKU) that has a key installed, as the licensing service reports it.
 *
 * @param activationId        the SKU's activation ID (a GUID)
 * @param productKeyChannel   the raw ProductKeyChannel string, null on systems that do not report it
 * @param partialKey          the last five characters of the installed key, null if no key
 * @param graceMinutes        minutes left before the next state change (0 when none applies)
 * @param reason              why the product is in its state (0x00000000 when licensed)
 * @param lastActivationError the result of the last failed activation attempt, or null
 * @param evaluationEnd       when an evaluation ends, or null for other channels
 * @param remainingRearms     how many rearms are left
 * @param kmsClient           KMS client data, or null when the product is not a KMS client
 * @param kmsHost             KMS host data, or null when this machine is no KMS host
 */
public record LicensingProduct(
        String activationId,
        String name,
        String description,
        String productKeyChannel,
        String partialKey,
        LicenseStatus licenseStatus,
        long graceMinutes,
        Hresult reason,
        Hresult lastActivationError,
        Instant evaluationEnd,
        int remainingRearms,
        KmsClientInfo kmsClient,
        KmsHostInfo kmsHost) {

    private static final Pattern PARTIAL_KEY = Pattern.compile("[BCDFGHJKMNPQRTVWXY2346789]{5}");

    public LicensingProduct {
        Objects.requireNonNull(activationId, "activationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(licenseStatus, "licenseStatus");
        Objects.requireNonNull(reason, "reason");
        if (partialKey != null && !PARTIAL_KEY.matcher(partialKey).matches()) {
            throw new IllegalArgumentException("partialKey must be the last 5 characters of a product key");
        }
        if (graceMinutes < 0) {
            throw new IllegalArgumentException("graceMinutes must not be negative");
        }
        if (remainingRearms < 0) {
            throw new IllegalArgumentException("remainingRearms must not be negative");
        }
    }

    /** The channel in plain words: ProductKeyChannel where the system reports it, else the description's token. */
    public Channel channel() {
        Channel fromChannel = Channel.fromProductKeyChannel(productKeyChannel);
        return fromChannel != Channel.UNKNOWN ? fromChannel : Channel.fromDescription(description);
    }

    public boolean isActivated() {
        return licenseStatus == LicenseStatus.LICENSED;
    }

    public LicensingProduct withState(LicenseStatus status, long minutes, Hresult newReason, Hresult lastError) {
        return new LicensingProduct(activationId, name, description, productKeyChannel, partialKey, status, minutes,
                newReason, lastError, evaluationEnd, remainingRearms, kmsClient, kmsHost);
    }

    /** The same product with its key removed (partial key null); the state is changed separately. */
    public LicensingProduct withoutKey() {
        return new LicensingProduct(activationId, name, description, productKeyChannel, null, licenseStatus,
                graceMinutes, reason, lastActivationError, evaluationEnd, remainingRearms, kmsClient, kmsHost);
    }

    public LicensingProduct withRemainingRearms(int rearms) {
        return new LicensingProduct(activationId, name, description, productKeyChannel, partialKey, licenseStatus,
                graceMinutes, reason, lastActivationError, evaluationEnd, rearms, kmsClient, kmsHost);
    }

    public LicensingProduct withKmsClient(KmsClientInfo client) {
        return new LicensingProduct(activationId, name, description, productKeyChannel, partialKey, licenseStatus,
                graceMinutes, reason, lastActivationError, evaluationEnd, remainingRearms, client, kmsHost);
    }
}
