package org.activationdesk.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplanation;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyMask;
import org.activationdesk.core.plan.Advice;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsLicenseServer;

/** What {@code status --json} prints. Field names are a contract for scripts: add, never rename. */
record StatusReport(String mode, ScenarioRef scenario, Instant takenAt, Machine machine, List<Product> products,
                    Rds rds, Step nextStep) {

    record ScenarioRef(String id, String title, String practiceReason) {
    }

    record Machine(String computerName, String osName, String version, int build, String editionId,
                   String domainRole, String domain, boolean elevated) {
    }

    record Product(String activationId, String name, String description, String editionId, String channel,
                   String channelKind, String channelText, String partialKey, String maskedKey, int licenseStatus,
                   String licenseStatusText, long graceMinutes, String timeLeftText, String reason, String reasonText,
                   String lastActivationError, String lastActivationErrorText, Instant evaluationEnd,
                   int remainingRearms, KmsClientInfo kmsClient, KmsHostInfo kmsHost) {
    }

    record Rds(String activationStatus, String activationStatusText, String licenseServerId, String productId,
               String databasePath, List<RdsKeyPack> keyPacks) {
    }

    record Step(String step, String because, String title, String detail) {
    }

    static StatusReport of(Machines.Opened opened, MachineSnapshot snapshot, Optional<RdsLicenseServer> rds,
                           Advice advice, ErrorCatalog catalog, Messages m) {
        MachineInfo info = snapshot.machine();
        ScenarioRef scenario = opened.scenario().map(s -> new ScenarioRef(s.id(), s.title().in(m.language()),
                opened.practiceReason().orElse(null))).orElse(null);
        Machine machine = new Machine(info.computerName(), info.osName(), info.version(), info.build(),
                info.editionId(), info.domainRole().name(), info.domain(), info.elevated());
        List<Product> products = snapshot.products().stream().map(p -> product(p, info, catalog, m)).toList();
        Rds rdsReport = rds.map(s -> new Rds(s.activationStatus().name(), m.of("rdsStatus", s.activationStatus()),
                s.licenseServerId(), s.productId(), s.databasePath(), s.keyPacks())).orElse(null);
        Step step = new Step(advice.step().name(), advice.because() == null ? null : advice.because().toString(),
                m.of("nextStep.title", advice.step()), m.of("nextStep.detail", advice.step()));
        return new StatusReport(opened.scenario().isPresent() ? "practice" : "windows", scenario, snapshot.takenAt(),
                machine, products, rdsReport, step);
    }

    private static Product product(LicensingProduct p, MachineInfo machine, ErrorCatalog catalog, Messages m) {
        Hresult last = p.lastActivationError();
        return new Product(p.activationId(), p.name(), p.description(), machine.editionId(), p.productKeyChannel(),
                p.channel().name(), m.of("channel", p.channel()), p.partialKey(),
                p.partialKey() == null ? null : KeyMask.fromPartialKey(p.partialKey()),
                p.licenseStatus().code(), m.of("licenseStatus", p.licenseStatus()), p.graceMinutes(), TimeLeft.of(p).in(m),
                p.reason().toString(), title(p.reason(), catalog, m), last == null ? null : last.toString(),
                last == null ? null : title(last, catalog, m), p.evaluationEnd(), p.remainingRearms(), p.kmsClient(),
                p.kmsHost());
    }

    /** The one-line meaning of a code; null for success, a plain "unknown" for codes not in the catalog. */
    static String title(Hresult code, ErrorCatalog catalog, Messages m) {
        if (code.value() == 0) {
            return null;
        }
        return catalog.explain(code, m.language()).map(ErrorExplanation::title)
                .orElseGet(() -> m.get("overview.reason.unknown"));
    }
}
