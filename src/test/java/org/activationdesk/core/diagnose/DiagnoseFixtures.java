package org.activationdesk.core.diagnose;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.activationdesk.core.errors.ErrorCatalog;
import org.activationdesk.core.errors.ErrorExplainer;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.ReadOnlyLicensingService;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.SystemHealth;

/** Small hand-built machines for diagnostics tests: one line per situation, defaults for the rest. */
public final class DiagnoseFixtures {

    public static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final ErrorExplainer EXPLAINER = new ErrorExplainer(ErrorCatalog.load());
    public static final Messages EN = Messages.of(Language.ENGLISH);
    public static final Messages JA = Messages.of(Language.JAPANESE);
    public static final KmsClientInfo KMS_DNS_DISCOVERY = new KmsClientInfo(null, 0, null, 0, null, 120, 10080);
    public static final long DAY = 1440;

    private DiagnoseFixtures() {
    }

    public static MachineInfo workstation(boolean elevated) {
        return new MachineInfo("PC-01", "Windows 10 Pro", "10.0.19045", 19045, "Professional",
                DomainRole.MEMBER_WORKSTATION, "corp.example", elevated);
    }

    public static MachineInfo workgroupPc() {
        return new MachineInfo("PC-02", "Windows 10 Pro", "10.0.19045", 19045, "Professional",
                DomainRole.STANDALONE_WORKSTATION, null, true);
    }

    public static MachineInfo server(String editionId, DomainRole role) {
        return new MachineInfo("SRV-01", "Windows Server 2019", "10.0.17763", 17763, editionId, role, "corp.example",
                true);
    }

    public static Product product() {
        return new Product();
    }

    public static MachineSnapshot snapshot(MachineInfo machine, LicensingProduct... products) {
        return new MachineSnapshot(machine, List.of(products), NOW);
    }

    public static DiagnosticContext context(MachineSnapshot snapshot) {
        return context(snapshot, Optional.empty());
    }

    public static DiagnosticContext context(MachineSnapshot snapshot, Optional<RdsLicenseServer> rds) {
        return context(fixed(snapshot), () -> rds);
    }

    public static DiagnosticContext context(LicensingService licensing, RdsLicensingService rds) {
        return context(licensing, rds, new FakeKmsNetwork());
    }

    public static DiagnosticContext context(LicensingService licensing, RdsLicensingService rds, KmsNetwork network) {
        return new DiagnosticContext(licensing, rds, network, new FakeSystemHealth(), CLOCK, EXPLAINER,
                Optional.empty());
    }

    /** A context on this snapshot whose computer (service, internet, clock, restart) is {@code health}. */
    public static DiagnosticContext context(MachineSnapshot snapshot, KmsNetwork network, SystemHealth health) {
        return new DiagnosticContext(fixed(snapshot), Optional::empty, network, health, CLOCK, EXPLAINER,
                Optional.empty());
    }

    /** A context on this snapshot whose KMS lookups and probes go to {@code network}. */
    public static DiagnosticContext context(MachineSnapshot snapshot, KmsNetwork network) {
        return context(fixed(snapshot), Optional::empty, network);
    }

    public static CheckResult run(DiagnosticCheck check, MachineSnapshot snapshot) throws Exception {
        return check.run(context(snapshot));
    }

    /** A licensing service that always answers with this snapshot and counts how often it was asked. */
    public static CountingService fixed(MachineSnapshot snapshot) {
        return new CountingService(snapshot, null);
    }

    public static CountingService failing(int hresult) {
        return new CountingService(null, new Hresult(hresult));
    }

    public static final class CountingService extends ReadOnlyLicensingService {
        private final MachineSnapshot snapshot;
        private final Hresult failure;
        private final AtomicInteger reads = new AtomicInteger();

        CountingService(MachineSnapshot snapshot, Hresult failure) {
            this.snapshot = snapshot;
            this.failure = failure;
        }

        public int reads() {
            return reads.get();
        }

        @Override
        public MachineSnapshot snapshot() throws LicensingException {
            reads.incrementAndGet();
            if (failure != null) {
                throw new LicensingException(failure, "the licensing service refused");
            }
            return snapshot;
        }

        @Override
        public void activateOnline(String activationId) {
            throw new UnsupportedOperationException("diagnostics never activate");
        }
    }

    /** A Windows product, retail and activated unless told otherwise. */
    public static final class Product {
        private String channel = "Retail";
        private String description = "Windows(R) Operating System, RETAIL channel";
        private String partialKey = "8HVX7";
        private LicenseStatus status = LicenseStatus.LICENSED;
        private long graceMinutes;
        private Hresult reason = Hresult.S_OK;
        private Hresult lastError;
        private Instant evaluationEnd;
        private int rearms = 1;
        private KmsClientInfo kmsClient;
        private KmsHostInfo kmsHost;

        public Product mak() {
            return channel("Volume:MAK", "Windows(R) Operating System, VOLUME_MAK channel");
        }

        public Product kmsClient(KmsClientInfo info) {
            kmsClient = info;
            return channel("Volume:GVLK", "Windows(R) Operating System, VOLUME_KMSCLIENT channel");
        }

        public Product kmsHost(int count) {
            kmsHost = new KmsHostInfo(count, 25, 1688, true);
            return channel("Volume:CSVLK", "Windows(R) Operating System, VOLUME_KMS_R2_B channel");
        }

        public Product evaluation(Instant end) {
            evaluationEnd = end;
            return channel("Retail:TB:Eval", "Windows(R) Operating System, TIMEBASED_EVAL channel");
        }

        public Product channel(String productKeyChannel, String skuDescription) {
            channel = productKeyChannel;
            description = skuDescription;
            return this;
        }

        public Product status(LicenseStatus newStatus, long minutes) {
            status = newStatus;
            graceMinutes = minutes;
            return this;
        }

        public Product reason(int code) {
            reason = new Hresult(code);
            return this;
        }

        public Product lastError(int code) {
            lastError = new Hresult(code);
            return this;
        }

        public Product rearms(int left) {
            rearms = left;
            return this;
        }

        public LicensingProduct build() {
            return new LicensingProduct("2fb011d9-74a8-46db-a9cb-42b2049e1363", "Windows(R), Professional edition",
                    description, channel, partialKey, status, graceMinutes, reason, lastError, evaluationEnd, rearms,
                    kmsClient, kmsHost);
        }
    }
}
