package org.activationdesk.platform.simulated;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.activationdesk.core.edition.EditionMatch;
import org.activationdesk.core.edition.EditionMatcher;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.edition.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.key.Pkey2009;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.phone.ConfirmationId;
import org.activationdesk.core.phone.InstallationId;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsNetwork;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingService;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.port.PracticeClearinghouse;
import org.activationdesk.core.port.PracticePhoneLine;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.port.RdsLicensingService;
import org.activationdesk.core.port.RdsReactivationReason;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.DiscoveryResult;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeResult;
import org.activationdesk.core.volume.SrvChoice;

/**
 * Practice mode's licensing service: answers like the Windows service would in the scenario's situation,
 * and changes its own state (never the machine's) when the user acts. Identifies keys by the ranges the scenario
 * declares, as Windows does with its pkeyconfig, and by Microsoft's published KMS client keys. Thread-safe.
 */
public final class SimulatedLicensingService
        implements LicensingService, RdsLicensingService, KeyConfigurations, PracticePhoneLine, PracticeClearinghouse {

    /** A KMS activation is valid for 180 days. */
    static final long KMS_VALIDITY_MINUTES = Duration.ofDays(180).toMinutes();
    /** A rearm starts a fresh 30-day grace period. */
    static final long REARM_GRACE_MINUTES = Duration.ofDays(30).toMinutes();
    static final Hresult NOT_INSTALLED = new Hresult(0xC004F014); // SL_E_PKEY_NOT_INSTALLED
    static final Hresult ACCESS_DENIED = new Hresult(0xC004F025); // SL_E_LUA_ACCESSDENIED
    static final Hresult INVALID_KEY = new Hresult(0xC004F050); // SL_E_INVALID_PRODUCT_KEY
    static final Hresult NO_SKU_FOR_KEY = new Hresult(0xC004F069); // SL_E_MISMATCHED_PRODUCT_SKU
    static final Hresult CID_INVALID = new Hresult(0xC004F04D); // SL_E_CIDIID_INVALID_CHECK_DIGITS
    static final Hresult CID_MISMATCHED = new Hresult(0xC004F031); // SL_E_CIDIID_MISMATCHED
    static final Hresult NO_REARMS_LEFT = new Hresult(0xC004D307);
    static final Hresult NOT_SUPPORTED = new Hresult(0x80070032); // ERROR_NOT_SUPPORTED, as DISM on a domain controller
    static final Hresult WBEM_ACCESS_DENIED = new Hresult(0x80041003); // WBEM_E_ACCESS_DENIED
    static final Hresult WBEM_INVALID_PARAMETER = new Hresult(0x80041008); // WBEM_E_INVALID_PARAMETER
    /** WMI's answer for a class that does not exist: Win32_TSLicenseServer comes with the RD Licensing role. */
    static final Hresult WBEM_INVALID_CLASS = new Hresult(0x80041010); // WBEM_E_INVALID_CLASS
    static final Hresult WBEM_INVALID_OPERATION = new Hresult(0x80041016); // WBEM_E_INVALID_OPERATION
    /** The reason Windows gives while a product waits for activation after a key change. */
    static final Hresult NOT_ACTIVATED = new Hresult(0xC004F056);
    static final Hresult CANCELLED = new Hresult(0x800704C7); // ERROR_CANCELLED
    /** What a KMS client reports when it has no DNS domain to look for its host in. */
    static final Hresult NO_DNS_DOMAIN = new Hresult(0x8007007B);
    /** How long the practice client waits for a practice KMS host; the practice network answers at once. */
    private static final Duration KMS_TIMEOUT = Duration.ofSeconds(5);

    private final Scenario scenario;
    private final Clock clock;
    private final Duration latency;
    private final KeyIdentifier keys;
    private final Map<String, LicensingProduct> products = new LinkedHashMap<>();
    /** The network the practice machine's own KMS client uses, without pretended latency. */
    private final SimulatedKmsNetwork kmsClientNetwork;
    private MachineInfo machine;
    private int hardwareEpoch;
    /** The RD license server, or null without the role. */
    private RdsLicenseServer rds;
    /** Set by an edition change, which takes effect at the next restart; practice never restarts, so it stays set. */
    private volatile boolean editionChangePending;
    /** How many license server IDs the practice Clearinghouse has given this server and it has used. */
    private int rdsIdsUsed;

    /**
     * @param latency how long each call pretends to take, so practice feels like the real service
     *                (the real one often takes seconds); zero in tests
     */
    public SimulatedLicensingService(Scenario scenario, Clock clock, Duration latency) {
        this.scenario = scenario;
        this.clock = clock;
        this.latency = latency;
        this.machine = scenario.machine();
        this.keys = new KeyIdentifier(GvlkCatalog.builtIn(), this);
        this.kmsClientNetwork = new SimulatedKmsNetwork(scenario.network(), Duration.ZERO, this::isFormerKmsHost);
        scenario.products().forEach(p -> products.put(key(p), p));
        this.rds = scenario.rds().orElse(null);
    }

    /**
     * The scenario's network as this practice machine changes it: once the machine is no longer a KMS host, probes
     * of its own name are refused, as the Software Protection service stops listening on the KMS port.
     *
     * @param latency how long each call pretends to take; zero in tests
     */
    public KmsNetwork kmsNetwork(Duration latency) {
        return new SimulatedKmsNetwork(scenario.network(), latency, this::isFormerKmsHost);
    }

    /** Whether the endpoint names this machine while it is no KMS host (any more). */
    private synchronized boolean isFormerKmsHost(KmsEndpoint endpoint) {
        String self = machine.computerName().toLowerCase(Locale.ROOT);
        boolean named = endpoint.host().equals(self) || endpoint.host().startsWith(self + ".");
        return named && products.values().stream().noneMatch(p -> p.kmsHost() != null);
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public synchronized MachineSnapshot snapshot() {
        return new MachineSnapshot(machine, products.values().stream().toList(), clock.instant());
    }

    @Override
    public void activateOnline(String activationId) throws LicensingException {
        pause();
        synchronized (this) {
            LicensingProduct product = productWithKey(activationId);
            Hresult outcome = product.channel() == Channel.KMS_CLIENT ? kmsClientOutcome(product)
                    : scenario.onlineActivationOutcome();
            if (outcome.isFailure()) {
                products.put(key(product), product.withState(product.licenseStatus(), product.graceMinutes(),
                        product.reason(), outcome));
                throw new LicensingException(outcome, "Activation failed");
            }
            activated(product);
        }
    }

    /**
     * A KMS client first has to reach a KMS host, as on Windows: the one set by hand, else the SRV records of its
     * domain in the order a client tries them. Only a host that answers gives the scenario's outcome; without a
     * record the client reports 0x8007232B, when no host answers 0xC004F074. A scenario without a network section
     * answers with its outcome directly.
     */
    private Hresult kmsClientOutcome(LicensingProduct product) throws LicensingException {
        if (scenario.network().equals(ScenarioNetwork.EMPTY)) {
            return scenario.onlineActivationOutcome();
        }
        KmsClientInfo kms = product.kmsClient();
        try {
            List<KmsEndpoint> candidates;
            if (kms != null && kms.registeredHost() != null) {
                KmsEndpoint typed = KmsEndpoint.parse(kms.registeredHost());
                candidates = List.of(new KmsEndpoint(typed.host(),
                        kms.registeredPort() == 0 ? KmsEndpoint.DEFAULT_PORT : kms.registeredPort()));
            } else {
                String domain = kms != null && kms.lookupDomain() != null ? kms.lookupDomain() : machine.domain();
                if (domain == null) {
                    return NO_DNS_DOMAIN;
                }
                DiscoveryResult found = kmsClientNetwork.discover(DnsDomain.parse(domain), Optional.empty(), KMS_TIMEOUT);
                if (!found.found()) {
                    return found.clientCode().orElse(ProbeResult.NO_KMS_CONTACTED);
                }
                candidates = SrvChoice.order(found.records(), new Random(found.records().hashCode())).stream()
                        .map(KmsEndpoint::of).toList();
            }
            for (KmsEndpoint candidate : candidates) {
                if (kmsClientNetwork.probe(candidate, KMS_TIMEOUT).isKms()) {
                    return scenario.onlineActivationOutcome();
                }
            }
            return ProbeResult.NO_KMS_CONTACTED;
        } catch (BadAddressException e) {
            return ProbeResult.NO_KMS_CONTACTED; // a name Windows could not look up either
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LicensingException(CANCELLED, "Cancelled");
        }
    }

    @Override
    public void installProductKey(ProductKey productKey) throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            KeyIdentity identity = identifyForInstall(productKey);
            EditionMatch fit = EditionMatcher.match(machine, identity);
            if (fit.verdict() != Verdict.FITS && fit.verdict() != Verdict.FITS_BY_KEY_CHANGE || products.isEmpty()) {
                throw new LicensingException(NO_SKU_FOR_KEY, "The key is for an edition that is not installed");
            }
            if (fit.verdict() == Verdict.FITS_BY_KEY_CHANGE) {
                // Windows changes a client edition when the key of the higher edition is installed (Pro to Enterprise).
                machine = withEdition(identity.editionId());
            }
            LicensingProduct product = products.values().iterator().next();
            products.put(key(product), withKey(product, productKey, identity.productKeyType()));
        }
    }

    @Override
    public void uninstallProductKey(String activationId) throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            LicensingProduct product = productWithKey(activationId);
            products.put(key(product), product.withoutKey().withState(LicenseStatus.UNLICENSED, 0, NOT_INSTALLED,
                    product.lastActivationError()));
        }
    }

    /** The practice machine keeps no key in a registry, so there is nothing to clear; the call still needs elevation. */
    @Override
    public void clearProductKeyFromRegistry() throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
        }
    }

    @Override
    public String installationId(String activationId) throws LicensingException {
        pause();
        synchronized (this) {
            return currentInstallationId(productWithKey(activationId)).digits();
        }
    }

    @Override
    public void depositConfirmationId(String activationId, String installationId, String confirmationId)
            throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            LicensingProduct product = productWithKey(activationId);
            InstallationId current = currentInstallationId(product);
            if (!current.digits().equals(installationId)) {
                throw new LicensingException(CID_MISMATCHED, "The Installation ID has changed since it was read");
            }
            if (!PracticeIds.confirmationId(current).digits().equals(confirmationId)) {
                throw new LicensingException(CID_INVALID, "The Confirmation ID is not valid for this Installation ID");
            }
            activated(product);
        }
    }

    @Override
    public ConfirmationId confirmationIdFor(InstallationId installationId) {
        return PracticeIds.confirmationId(installationId);
    }

    /**
     * Practice only: the hardware binding changes, as after a motherboard swap, so the Installation ID a trainee
     * wrote down no longer fits.
     */
    public synchronized void simulateHardwareChange() {
        hardwareEpoch++;
    }

    @Override
    public void rearm() throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            LicensingProduct product = windowsProduct();
            if (product.remainingRearms() == 0) {
                throw new LicensingException(NO_REARMS_LEFT, "No rearm is left");
            }
            products.put(key(product), product.withRemainingRearms(product.remainingRearms() - 1)
                    .withState(LicenseStatus.OOB_GRACE, REARM_GRACE_MINUTES, new Hresult(0x4004F00C),
                            product.lastActivationError()));
        }
    }

    @Override
    public void setKmsHost(String host, int port) throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            updateKmsClients(host, port);
        }
    }

    @Override
    public void clearKmsHost() throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            updateKmsClients(null, 0);
        }
    }

    @Override
    public void convertEdition(String targetEditionId, ProductKey productKey) throws LicensingException {
        pause();
        synchronized (this) {
            requireElevation();
            if (machine.isEvaluationEdition() && machine.domainRole().isDomainController()) {
                throw new LicensingException(NOT_SUPPORTED, "A domain controller cannot be converted from evaluation");
            }
            KeyIdentity identity = identifyForInstall(productKey);
            if (!identity.editionId().equalsIgnoreCase(targetEditionId) || products.isEmpty()) {
                throw new LicensingException(NO_SKU_FOR_KEY, "The key is not for the target edition");
            }
            machine = withEdition(identity.editionId());
            editionChangePending = true;
            LicensingProduct product = products.values().iterator().next();
            LicensingProduct converted = withKey(product, productKey, identity.productKeyType());
            products.clear();
            products.put(key(converted), new LicensingProduct(converted.activationId(),
                    converted.name().replace("Eval", ""), converted.description(), converted.productKeyChannel(),
                    converted.partialKey(), converted.licenseStatus(), converted.graceMinutes(), converted.reason(),
                    null, null, converted.remainingRearms(), converted.kmsClient(), converted.kmsHost()));
        }
    }

    /** Whether an edition change waits for a restart, as DISM /Set-Edition leaves Windows. */
    public boolean editionChangePending() {
        return editionChangePending;
    }

    @Override
    public Optional<RdsLicenseServer> licenseServer() throws LicensingException {
        pause();
        synchronized (this) {
            return Optional.ofNullable(rds);
        }
    }

    @Override
    public void setContact(RdsContact contact) throws LicensingException {
        pause();
        synchronized (this) {
            RdsLicenseServer server = rdsForChange();
            rds = new RdsLicenseServer(server.activationStatus(), server.licenseServerId(), server.productId(),
                    server.databasePath(), server.keyPacks(), contact);
        }
    }

    @Override
    public RdsActivationStatus activateServerAutomatic() throws LicensingException {
        pause();
        synchronized (this) {
            requireRdsActivated(false);
            requireOnlineRdsActivation();
            return rdsActivated(nextPracticeServerId());
        }
    }

    @Override
    public RdsActivationStatus activateServer(String licenseServerId) throws LicensingException {
        pause();
        synchronized (this) {
            requireRdsActivated(false);
            return rdsActivated(requirePracticeServerId(licenseServerId));
        }
    }

    @Override
    public RdsActivationStatus reactivateServerAutomatic(RdsReactivationReason reason) throws LicensingException {
        pause();
        synchronized (this) {
            requireRdsActivated(true);
            requireOnlineRdsActivation();
            return rdsActivated(nextPracticeServerId());
        }
    }

    @Override
    public RdsActivationStatus reactivateServer(String newLicenseServerId) throws LicensingException {
        pause();
        synchronized (this) {
            requireRdsActivated(true);
            return rdsActivated(requirePracticeServerId(newLicenseServerId));
        }
    }

    /** The practice Clearinghouse answers for its own practice server only with an ID that server will accept. */
    @Override
    public synchronized String licenseServerIdFor(String productId) {
        return PracticeIds.licenseServerId(productId, rdsIdsUsed);
    }

    private RdsLicenseServer rdsForChange() throws LicensingException {
        if (rds == null) {
            throw new LicensingException(WBEM_INVALID_CLASS, "The RD Licensing role is not installed");
        }
        if (!machine.elevated()) {
            throw new LicensingException(WBEM_ACCESS_DENIED, "Access denied: the RD license server needs an administrator");
        }
        return rds;
    }

    private void requireRdsActivated(boolean activated) throws LicensingException {
        if (rdsForChange().isActivated() != activated) {
            throw new LicensingException(WBEM_INVALID_OPERATION, activated
                    ? "The license server is not activated, so it cannot be reactivated"
                    : "The license server is already activated; reactivate it instead");
        }
    }

    /** Automatic (re)activation needs the contact properties and the internet, as the scenario has it. */
    private void requireOnlineRdsActivation() throws LicensingException {
        if (!rds.contact().isCompleteForAutomaticActivation()) {
            throw new LicensingException(WBEM_INVALID_PARAMETER, "First name, last name, company and country are needed");
        }
        Hresult outcome = scenario.onlineActivationOutcome();
        if (outcome.isFailure()) {
            throw new LicensingException(outcome, "The Clearinghouse could not be reached");
        }
    }

    private String nextPracticeServerId() {
        return PracticeIds.licenseServerId(rds.productId(), rdsIdsUsed);
    }

    /** Only the ID the practice Clearinghouse gives now is accepted, as a real server accepts only its own. */
    private String requirePracticeServerId(String licenseServerId) throws LicensingException {
        if (!nextPracticeServerId().equals(licenseServerId)) {
            throw new LicensingException(WBEM_INVALID_PARAMETER, "The license server ID is not valid for this server");
        }
        return licenseServerId;
    }

    private RdsActivationStatus rdsActivated(String licenseServerId) {
        rdsIdsUsed++;
        rds = new RdsLicenseServer(RdsActivationStatus.ACTIVATED, licenseServerId, rds.productId(), rds.databasePath(),
                rds.keyPacks(), rds.contact());
        return RdsActivationStatus.ACTIVATED;
    }

    @Override
    public Optional<KeyConfiguration> find(int groupId, long serial) {
        return scenario.keyConfigurations().stream().filter(c -> c.covers(groupId, serial)).findFirst();
    }

    private MachineInfo withEdition(String editionId) {
        return new MachineInfo(machine.computerName(), machine.osName(), machine.version(), machine.build(), editionId,
                machine.domainRole(), machine.domain(), machine.elevated());
    }

    private KeyIdentity identifyForInstall(ProductKey productKey) throws LicensingException {
        if (productKey.format() == KeyFormat.PKEY2009 && !Pkey2009.decode(productKey).checksumOk()) {
            throw new LicensingException(INVALID_KEY, "The product key is not valid");
        }
        KeyIdentity identity = keys.identify(productKey);
        if (!identity.isIdentified() || identity.editionId() == null || identity.productKeyType() == null) {
            // Windows knows every key of its own editions; the practice machine knows only what the scenario declares.
            throw new LicensingException(NO_SKU_FOR_KEY, "The practice machine does not know this key");
        }
        return identity;
    }

    private LicensingProduct withKey(LicensingProduct product, ProductKey productKey, String productKeyType) {
        Channel channel = Channel.fromProductKeyChannel(productKeyType);
        KmsClientInfo kmsClient = channel == Channel.KMS_CLIENT
                ? Optional.ofNullable(product.kmsClient()).orElse(new KmsClientInfo(null, 0, null, 0, null, 120, 10080))
                : null;
        return new LicensingProduct(product.activationId(), product.name(),
                product.description().replaceFirst("[A-Z_]+ channel$", descriptionToken(channel) + " channel"),
                productKeyType, productKey.lastGroup(), LicenseStatus.NOTIFICATION, 0, NOT_ACTIVATED, null,
                product.evaluationEnd(), product.remainingRearms(), kmsClient,
                channel == Channel.KMS_HOST ? product.kmsHost() : null);
    }

    private static String descriptionToken(Channel channel) {
        return switch (channel) {
            case KMS_CLIENT -> "VOLUME_KMSCLIENT";
            case KMS_HOST -> "VOLUME_KMS";
            case MAK -> "VOLUME_MAK";
            case OEM -> "OEM_DM";
            case EVALUATION -> "TIMEBASED_EVAL";
            default -> "RETAIL";
        };
    }

    private void activated(LicensingProduct product) {
        long validity = product.channel() == Channel.KMS_CLIENT ? KMS_VALIDITY_MINUTES : 0;
        products.put(key(product), product.withState(LicenseStatus.LICENSED, validity, Hresult.S_OK, null));
    }

    private void updateKmsClients(String host, int port) {
        products.replaceAll((id, p) -> p.kmsClient() == null ? p
                : p.withKmsClient(p.kmsClient().withRegisteredHost(host, port)));
    }

    private InstallationId currentInstallationId(LicensingProduct product) {
        return PracticeIds.installationId(scenario.id(), product.activationId(), product.partialKey(), hardwareEpoch);
    }

    private LicensingProduct productWithKey(String activationId) throws LicensingException {
        LicensingProduct product = products.get(activationId.toLowerCase());
        if (product == null || product.partialKey() == null) {
            throw new LicensingException(NOT_INSTALLED, "No product key is installed for this product");
        }
        return product;
    }

    private LicensingProduct windowsProduct() throws LicensingException {
        return snapshot().windowsProduct()
                .orElseThrow(() -> new LicensingException(NOT_INSTALLED, "No product key is installed"));
    }

    /** Changes need an administrator token on Windows; the practice machine says no the same way. */
    private void requireElevation() throws LicensingException {
        if (!machine.elevated()) {
            throw new LicensingException(ACCESS_DENIED, "Access denied: this change needs an administrator");
        }
    }

    private static String key(LicensingProduct product) {
        return product.activationId().toLowerCase();
    }

    private void pause() throws LicensingException {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LicensingException(CANCELLED, "Cancelled");
        }
    }
}
