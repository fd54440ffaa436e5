package org.activationdesk.platform.simulated;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsContact;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.volume.BadAddressException;
import org.activationdesk.core.volume.DnsDomain;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.core.volume.ProbeState;
import org.activationdesk.core.volume.SrvRecord;

/**
 * The on-disk shape of a practice scenario (JSON). Every section checks itself while it is read, by
 * building the domain record it stands for, so a bad value is reported with its line and field and
 * nothing is half-loaded.
 *
 * @param onlineActivation  what an online activation attempt returns: {@code success} or an HRESULT
 * @param keyConfigurations optional: the key ranges this practice machine knows, standing in for its pkeyconfig
 * @param kmsNetwork        optional: the SRV records and KMS hosts the practice network has
 */
record ScenarioFile(
        @JsonProperty(required = true) int schemaVersion,
        @JsonProperty(required = true) LocalizedText title,
        @JsonProperty(required = true) LocalizedText summary,
        @JsonProperty(required = true) Machine machine,
        @JsonProperty(required = true) List<Product> products,
        @JsonProperty(required = true) String onlineActivation,
        Rds rds,
        List<KeyConfig> keyConfigurations,
        Network kmsNetwork) {

    static final int SCHEMA_VERSION = 1;

    ScenarioFile {
        if (schemaVersion != SCHEMA_VERSION) {
            throw new IllegalArgumentException("schemaVersion must be " + SCHEMA_VERSION + ", was " + schemaVersion);
        }
        // "title": null passes Jackson's required check; it must fail here, not later in Scenario.from
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(machine, "machine must not be null");
        Objects.requireNonNull(products, "products must not be null");
        onlineActivationOutcome(onlineActivation);
        long distinct = products.stream().map(p -> p.activationId().toLowerCase()).distinct().count();
        if (distinct != products.size()) {
            throw new IllegalArgumentException("two products share one activationId");
        }
        keyConfigurations(keyConfigurations);
        Network.toDomain(kmsNetwork);
    }

    /** The declared ranges as domain records; none when the section is left out. Two ranges must not overlap. */
    static List<KeyConfiguration> keyConfigurations(List<KeyConfig> declared) {
        if (declared == null) {
            return List.of();
        }
        if (declared.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("keyConfigurations must not contain null");
        }
        List<KeyConfiguration> ranges = declared.stream().map(KeyConfig::toDomain).toList();
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    throw new IllegalArgumentException("keyConfigurations[" + i + "] and [" + j
                            + "] overlap: one group's serial ranges must not overlap");
                }
            }
        }
        return ranges;
    }

    static Hresult onlineActivationOutcome(String value) {
        return "success".equals(value) ? Hresult.S_OK : Hresult.parseCanonical(value);
    }

    record Machine(
            @JsonProperty(required = true) String computerName,
            @JsonProperty(required = true) String osName,
            @JsonProperty(required = true) String version,
            @JsonProperty(required = true) int build,
            @JsonProperty(required = true) String editionId,
            @JsonProperty(required = true) DomainRole domainRole,
            String domain,
            @JsonProperty(required = true) boolean elevated) {

        Machine {
            toDomain(computerName, osName, version, build, editionId, domainRole, domain, elevated);
        }

        MachineInfo toDomain() {
            return toDomain(computerName, osName, version, build, editionId, domainRole, domain, elevated);
        }

        private static MachineInfo toDomain(String computerName, String osName, String version, int build,
                                            String editionId, DomainRole role, String domain, boolean elevated) {
            return new MachineInfo(computerName, osName, version, build, editionId, role, domain, elevated);
        }
    }

    record Product(
            @JsonProperty(required = true) String activationId,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String description,
            String productKeyChannel,
            String partialKey,
            @JsonProperty(required = true) int licenseStatus,
            @JsonProperty(required = true) long graceMinutes,
            @JsonProperty(required = true) String reason,
            String lastActivationError,
            Instant evaluationEnd,
            @JsonProperty(required = true) int remainingRearms,
            KmsClient kmsClient,
            KmsHost kmsHost) {

        Product {
            if (!activationId.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new IllegalArgumentException("activationId must be a GUID like 2de67392-b7a7-462a-b1ca-108dd189f588");
            }
            build(activationId, name, description, productKeyChannel, partialKey, licenseStatus, graceMinutes, reason,
                    lastActivationError, evaluationEnd, remainingRearms, kmsClient, kmsHost);
        }

        LicensingProduct toDomain() {
            return build(activationId, name, description, productKeyChannel, partialKey, licenseStatus, graceMinutes,
                    reason, lastActivationError, evaluationEnd, remainingRearms, kmsClient, kmsHost);
        }

        private static LicensingProduct build(String activationId, String name, String description, String channel,
                                              String partialKey, int status, long grace, String reason,
                                              String lastError, Instant evaluationEnd, int rearms,
                                              KmsClient kmsClient, KmsHost kmsHost) {
            return new LicensingProduct(activationId, name, description, channel, partialKey,
                    LicenseStatus.fromCode(status), grace, Hresult.parseCanonical(reason),
                    lastError == null ? null : Hresult.parseCanonical(lastError), evaluationEnd, rearms,
                    kmsClient == null ? null : kmsClient.toDomain(), kmsHost == null ? null : kmsHost.toDomain());
        }
    }

    record KmsClient(
            String registeredHost,
            Integer registeredPort,
            String discoveredHost,
            Integer discoveredPort,
            String lookupDomain,
            @JsonProperty(required = true) int activationIntervalMinutes,
            @JsonProperty(required = true) int renewalIntervalMinutes) {

        KmsClient {
            toDomain(registeredHost, registeredPort, discoveredHost, discoveredPort, lookupDomain,
                    activationIntervalMinutes, renewalIntervalMinutes);
        }

        KmsClientInfo toDomain() {
            return toDomain(registeredHost, registeredPort, discoveredHost, discoveredPort, lookupDomain,
                    activationIntervalMinutes, renewalIntervalMinutes);
        }

        /** A port left out means "not set", which the licensing service reports as 0. */
        private static KmsClientInfo toDomain(String registeredHost, Integer registeredPort, String discoveredHost,
                                              Integer discoveredPort, String lookupDomain, int activation,
                                              int renewal) {
            return new KmsClientInfo(registeredHost, registeredPort == null ? 0 : registeredPort, discoveredHost,
                    discoveredPort == null ? 0 : discoveredPort, lookupDomain, activation, renewal);
        }
    }

    record KmsHost(
            @JsonProperty(required = true) int currentCount,
            @JsonProperty(required = true) int requiredClientCount,
            @JsonProperty(required = true) int listeningPort,
            @JsonProperty(required = true) boolean dnsPublishing) {

        KmsHost {
            new KmsHostInfo(currentCount, requiredClientCount, listeningPort, dnsPublishing);
        }

        KmsHostInfo toDomain() {
            return new KmsHostInfo(currentCount, requiredClientCount, listeningPort, dnsPublishing);
        }
    }

    record Rds(
            @JsonProperty(required = true) RdsActivationStatus activationStatus,
            String licenseServerId,
            @JsonProperty(required = true) String productId,
            @JsonProperty(required = true) String databasePath,
            @JsonProperty(required = true) List<KeyPack> keyPacks,
            Contact contact) {

        Rds {
            toDomain(activationStatus, licenseServerId, productId, databasePath, keyPacks, contact);
        }

        RdsLicenseServer toDomain() {
            return toDomain(activationStatus, licenseServerId, productId, databasePath, keyPacks, contact);
        }

        private static RdsLicenseServer toDomain(RdsActivationStatus status, String serverId, String productId,
                                                 String databasePath, List<KeyPack> keyPacks, Contact contact) {
            if ((status == RdsActivationStatus.ACTIVATED) != (serverId != null)) {
                throw new IllegalArgumentException("an activated license server has a licenseServerId; one not activated has none");
            }
            Objects.requireNonNull(keyPacks, "keyPacks must not be null");
            if (keyPacks.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("keyPacks must not contain null");
            }
            return new RdsLicenseServer(status, serverId, productId, databasePath,
                    keyPacks.stream().map(KeyPack::toDomain).toList(),
                    contact == null ? RdsContact.EMPTY : contact.toDomain());
        }
    }

    /** The contact properties automatic activation sends; left out, none is filled in (as after a reinstall). */
    record Contact(String firstName, String lastName, String company, String countryRegion) {

        RdsContact toDomain() {
            return new RdsContact(firstName, lastName, company, countryRegion);
        }
    }

    /**
     * One CAL key pack. {@code keyPackType} (RETAIL_PURCHASE, VOLUME_PURCHASE, ...) and {@code expirationDate} may be
     * left out: then they are unknown, as for a pack Windows reports without them.
     */
    record KeyPack(
            @JsonProperty(required = true) int keyPackId,
            @JsonProperty(required = true) String description,
            @JsonProperty(required = true) String productVersion,
            @JsonProperty(required = true) CalType calType,
            RdsKeyPackType keyPackType,
            @JsonProperty(required = true) int totalLicenses,
            @JsonProperty(required = true) int issuedLicenses,
            @JsonProperty(required = true) int availableLicenses,
            Instant expirationDate) {

        KeyPack {
            toDomain(keyPackId, description, productVersion, calType, keyPackType, totalLicenses, issuedLicenses,
                    availableLicenses, expirationDate);
        }

        RdsKeyPack toDomain() {
            return toDomain(keyPackId, description, productVersion, calType, keyPackType, totalLicenses, issuedLicenses,
                    availableLicenses, expirationDate);
        }

        private static RdsKeyPack toDomain(int keyPackId, String description, String productVersion, CalType calType,
                                           RdsKeyPackType type, int total, int issued, int available, Instant expires) {
            return new RdsKeyPack(keyPackId, description, productVersion, calType,
                    type == null ? RdsKeyPackType.UNKNOWN : type, total, issued, available, expires);
        }
    }

    /**
     * One key range, like a pkeyconfig Configuration with its KeyRange (key-formats.md §1.9). Only ranges the author
     * can source belong here: published GVLK groups, or ranges invented for a training story.
     */
    record KeyConfig(
            @JsonProperty(required = true) int groupId,
            @JsonProperty(required = true) long serialFrom,
            @JsonProperty(required = true) long serialTo,
            @JsonProperty(required = true) String editionId,
            @JsonProperty(required = true) String productKeyType,
            @JsonProperty(required = true) String description) {

        KeyConfig {
            toDomain(groupId, serialFrom, serialTo, editionId, productKeyType, description);
        }

        KeyConfiguration toDomain() {
            return toDomain(groupId, serialFrom, serialTo, editionId, productKeyType, description);
        }

        private static KeyConfiguration toDomain(int groupId, long serialFrom, long serialTo, String editionId,
                                                 String productKeyType, String description) {
            return new KeyConfiguration(groupId, serialFrom, serialTo, editionId, productKeyType, description);
        }
    }

    /**
     * The practice network: which {@code _vlmcs._tcp} records each domain has, and how each KMS host answers a probe.
     * Both lists are required in the section, so an author says "no records" ({@code "srv": []}) on purpose.
     */
    record Network(
            @JsonProperty(required = true) List<SrvDomain> srv,
            @JsonProperty(required = true) List<NetworkHost> hosts) {

        Network {
            toDomain(srv, hosts);
        }

        static ScenarioNetwork toDomain(Network section) {
            return section == null ? ScenarioNetwork.EMPTY : toDomain(section.srv(), section.hosts());
        }

        private static ScenarioNetwork toDomain(List<SrvDomain> srv, List<NetworkHost> hosts) {
            Objects.requireNonNull(srv, "srv must not be null");
            Objects.requireNonNull(hosts, "hosts must not be null");
            if (srv.contains(null) || hosts.contains(null)) {
                throw new IllegalArgumentException("srv and hosts must not contain null");
            }
            Map<DnsDomain, List<SrvRecord>> records = new LinkedHashMap<>();
            for (SrvDomain domain : srv) {
                if (records.put(domain.toDomain(), domain.toRecords()) != null) {
                    throw new IllegalArgumentException("the domain " + domain.domain() + " is listed twice in srv");
                }
            }
            Map<KmsEndpoint, ScenarioNetwork.HostAnswer> answers = new LinkedHashMap<>();
            for (NetworkHost host : hosts) {
                if (answers.put(host.endpoint(), host.answer()) != null) {
                    throw new IllegalArgumentException("the host " + host.endpoint() + " is listed twice in hosts");
                }
            }
            return new ScenarioNetwork(records, answers);
        }
    }

    /** The records of one domain; an empty list is a name that exists but has no SRV record. */
    record SrvDomain(
            @JsonProperty(required = true) String domain,
            @JsonProperty(required = true) List<Srv> records) {

        SrvDomain {
            toDomain(domain);
            toRecords(records);
        }

        DnsDomain toDomain() {
            return toDomain(domain);
        }

        List<SrvRecord> toRecords() {
            return toRecords(records);
        }

        private static DnsDomain toDomain(String domain) {
            try {
                return DnsDomain.parse(Objects.requireNonNull(domain, "domain must not be null"));
            } catch (BadAddressException e) {
                throw new IllegalArgumentException("domain: " + e.getMessage());
            }
        }

        private static List<SrvRecord> toRecords(List<Srv> records) {
            Objects.requireNonNull(records, "records must not be null");
            if (records.contains(null)) {
                throw new IllegalArgumentException("records must not contain null");
            }
            return records.stream().map(Srv::toDomain).toList();
        }
    }

    /** One SRV record; {@code ttl} left out is an hour. */
    record Srv(
            @JsonProperty(required = true) String target,
            @JsonProperty(required = true) int port,
            @JsonProperty(required = true) int priority,
            @JsonProperty(required = true) int weight,
            Long ttl) {

        static final long DEFAULT_TTL = 3600;

        Srv {
            toDomain(target, port, priority, weight, ttl);
        }

        SrvRecord toDomain() {
            return toDomain(target, port, priority, weight, ttl);
        }

        private static SrvRecord toDomain(String target, int port, int priority, int weight, Long ttl) {
            Objects.requireNonNull(target, "target must not be null");
            if (!".".equals(target)) {
                hostAt(target, port); // a host name, and a port a client can connect to
            }
            return new SrvRecord(target, port, priority, weight, ttl == null ? DEFAULT_TTL : ttl);
        }
    }

    /**
     * How one KMS host answers a probe: {@code state} is one of {@code unresolved}, {@code refused}, {@code timeout},
     * {@code not-kms}, {@code kms}; {@code address} (what the name resolves to) is required unless it is unresolved.
     * {@code port} left out is 1688.
     */
    record NetworkHost(
            @JsonProperty(required = true) String host,
            Integer port,
            String address,
            @JsonProperty(required = true) String state) {

        NetworkHost {
            hostAt(host, port == null ? KmsEndpoint.DEFAULT_PORT : port);
            answer(state, address);
        }

        KmsEndpoint endpoint() {
            return hostAt(host, port == null ? KmsEndpoint.DEFAULT_PORT : port);
        }

        ScenarioNetwork.HostAnswer answer() {
            return answer(state, address);
        }

        private static ScenarioNetwork.HostAnswer answer(String state, String address) {
            ProbeState parsed = ProbeState.fromJsonName(state);
            if (parsed == null) {
                throw new IllegalArgumentException("state must be one of " + String.join(", ",
                        Arrays.stream(ProbeState.values()).map(ProbeState::jsonName).toList()) + ", was " + state);
            }
            if (address != null) {
                hostAt(address, KmsEndpoint.DEFAULT_PORT); // an address of the right shape
            }
            return new ScenarioNetwork.HostAnswer(parsed, Optional.ofNullable(address));
        }
    }

    /** A host and port as the probe reads them, or the reason it cannot be one (in the loader's English detail). */
    static KmsEndpoint hostAt(String host, int port) {
        Objects.requireNonNull(host, "host must not be null");
        try {
            KmsEndpoint parsed = KmsEndpoint.parse(host);
            boolean portWritten = parsed.host().contains(":") ? host.contains("]:") : host.contains(":");
            if (portWritten) {
                throw new IllegalArgumentException("write the port in its own field, not in " + host);
            }
            return new KmsEndpoint(parsed.host(), port);
        } catch (BadAddressException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
