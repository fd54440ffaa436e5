package org.activationdesk.core.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsLicenseServer;

/**
 * Picks the one next step shown on the overview. Pure: the same snapshot always gives the same advice.
 * The detailed, ordered plan with blockers is the planner's job; this only names where to start.
 */
public final class NextStepAdvisor {

    public static final Hresult EVALUATION_EXPIRED = new Hresult(0xC004FC07);
    public static final Hresult KMS_COUNT_TOO_LOW = new Hresult(0xC004F038);

    /** The key does not belong to this edition or product. */
    private static final Set<Hresult> KEY_MISMATCH = codes(0xC004F069, 0xC004F050, 0xC004F015, 0xC004E016,
            0xC004F210, 0xC004F212);
    /** No KMS host could be found or reached. Diagnostics classifies a KMS client's last error by it too. */
    public static final Set<Hresult> KMS_UNREACHABLE = codes(0x8007232B, 0x8007007B, 0xC004F074, 0xC004F039,
            0x800706BA, 0x8007251D, 0x8007232A, 0x80092328);
    /** Online activation cannot reach Microsoft, or the key has no online activations left. */
    private static final Set<Hresult> ONLINE_IMPOSSIBLE = codes(0x80072EE7, 0x80072EFD, 0x80072F8F, 0x80072EE2,
            0xC004C008, 0xC004C020);

    private NextStepAdvisor() {
    }

    public static Advice advise(MachineSnapshot snapshot, Optional<RdsLicenseServer> rds) {
        Optional<LicensingProduct> windows = snapshot.windowsProduct();
        if (windows.isEmpty()) {
            return new Advice(NextStep.ENTER_PRODUCT_KEY, null);
        }
        LicensingProduct product = windows.get();
        Hresult problem = problemCode(product);

        boolean evaluation = snapshot.machine().isEvaluationEdition() || product.channel() == Channel.EVALUATION;
        if (evaluation && (EVALUATION_EXPIRED.equals(problem) || !product.isActivated())) {
            return new Advice(NextStep.CONVERT_EVALUATION, problem);
        }
        if (problem != null && KEY_MISMATCH.contains(problem)) {
            return new Advice(NextStep.ENTER_MATCHING_KEY, problem);
        }
        KmsHostInfo host = product.kmsHost();
        if (host != null && !host.activatesClients()) {
            // The host itself is fine; the code is what its clients get, and what the helpdesk was called about.
            return new Advice(NextStep.REVIEW_KMS_HOST_COUNT, KMS_COUNT_TOO_LOW);
        }
        if (!product.isActivated()) {
            return adviseActivation(product, problem);
        }
        if (rds.isPresent() && rds.get().activationStatus() != RdsActivationStatus.ACTIVATED) {
            return new Advice(NextStep.ACTIVATE_RDS_SERVER, null);
        }
        return new Advice(NextStep.NOTHING_TO_DO, null);
    }

    private static Advice adviseActivation(LicensingProduct product, Hresult problem) {
        if (product.channel() == Channel.KMS_CLIENT) {
            if (problem != null && KMS_UNREACHABLE.contains(problem)) {
                return new Advice(NextStep.FIX_KMS_DISCOVERY, problem);
            }
            if (KMS_COUNT_TOO_LOW.equals(problem)) {
                return new Advice(NextStep.REVIEW_KMS_HOST_COUNT, problem);
            }
            return new Advice(NextStep.ACTIVATE_ONLINE, problem);
        }
        if (problem != null && ONLINE_IMPOSSIBLE.contains(problem)) {
            return new Advice(NextStep.ACTIVATE_BY_PHONE, problem);
        }
        return new Advice(NextStep.ACTIVATE_ONLINE, problem);
    }

    /**
     * The code that explains the product's trouble: the last failed activation attempt says more than
     * an informational grace reason, so it wins; a success or informational reason is no problem.
     */
    public static Hresult problemCode(LicensingProduct product) {
        if (product.lastActivationError() != null && product.lastActivationError().isFailure()) {
            return product.lastActivationError();
        }
        if (product.reason().isFailure()) {
            return product.reason();
        }
        return product.licenseStatus() == LicenseStatus.LICENSED ? null : product.reason();
    }

    private static Set<Hresult> codes(int... values) {
        return Arrays.stream(values).mapToObj(Hresult::new).collect(Collectors.toUnmodifiableSet());
    }
}
