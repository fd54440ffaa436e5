package org.activationdesk.core.rds;

import static org.activationdesk.core.rds.RdsFixtures.activated;
import static org.activationdesk.core.rds.RdsFixtures.machine;
import static org.activationdesk.core.rds.RdsFixtures.notActivated;
import static org.activationdesk.core.rds.RdsFixtures.pack;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.CalType;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.RdsActivationStatus;
import org.activationdesk.core.port.RdsKeyPack;
import org.activationdesk.core.port.RdsKeyPackType;
import org.activationdesk.core.port.RdsLicenseServer;
import org.activationdesk.core.rds.RdsFinding.Kind;
import org.activationdesk.core.rds.RdsFinding.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RdsAssessmentTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:30:00Z");
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final MachineInfo WS2019_DOMAIN = machine("Windows Server 2019 Standard", 17763, DomainRole.MEMBER_SERVER);

    private static List<Kind> kinds(RdsAssessment assessment) {
        return assessment.findings().stream().map(RdsFinding::kind).toList();
    }

    @Test
    void anActivatedServerWithCalsLeftNeedsNoAttention() {
        RdsAssessment assessment = RdsAssessment.of(Optional.of(activated(pack(2, "Windows Server 2019", CalType.PER_USER,
                50, 12))), WS2019_DOMAIN, NOW);

        assertThat(assessment.needsAttention()).isFalse();
        assertThat(kinds(assessment)).containsExactly(Kind.SESSION_HOSTS_SERVED);
        assertThat(assessment.findings().get(0).text().in(EN))
                .isEqualTo("Key pack 2: Windows Server 2019 CALs serve session hosts running Windows Server 2019 or older.");
    }

    @Test
    void noRoleOrAServerNotActivatedWithoutPacksNeedsAttention() {
        assertThat(kinds(RdsAssessment.of(Optional.empty(), WS2019_DOMAIN, NOW))).containsExactly(Kind.ROLE_NOT_INSTALLED);

        RdsAssessment rebuilt = RdsAssessment.of(Optional.of(notActivated()), WS2019_DOMAIN, NOW);
        assertThat(rebuilt.needsAttention()).isTrue();
        assertThat(kinds(rebuilt)).containsExactly(Kind.NOT_ACTIVATED, Kind.NO_KEY_PACKS);
    }

    @Test
    void everyCalIssuedIsAWarningAndTemporaryPacksDoNotCount() {
        RdsKeyPack temporary = new RdsKeyPack(1, "Temporary", "Windows Server 2019", CalType.PER_DEVICE,
                RdsKeyPackType.TEMPORARY, 0, 4, 0, null);
        RdsAssessment used = RdsAssessment.of(Optional.of(activated(pack(2, "Windows Server 2019", CalType.PER_DEVICE,
                10, 10))), WS2019_DOMAIN, NOW);
        RdsAssessment onlyTemporary = RdsAssessment.of(Optional.of(activated(temporary)), WS2019_DOMAIN, NOW);

        assertThat(kinds(used)).startsWith(Kind.NO_LICENCES_AVAILABLE);
        assertThat(kinds(onlyTemporary)).startsWith(Kind.NO_KEY_PACKS).contains(Kind.TEMPORARY_KEY_PACK);
    }

    /** Microsoft's table: a license server holds CALs of its own version or older. */
    @ParameterizedTest(name = "{0} CALs on a {1} license server: compatible {2}")
    @CsvSource({
            "Windows Server 2016, 14393, true",
            "Windows Server 2019, 14393, false",
            "Windows Server 2022, 17763, false",
            "Windows Server 2019, 17763, true",
            "Windows Server 2016, 20348, true",
            "Windows Server 2025, 20348, false",
            "Windows Server 2025, 26100, true",
            "Windows Server 2012, 9600, true",
    })
    void calsNewerThanTheLicenseServerAreAProblem(String calVersion, int serverBuild, boolean compatible) {
        MachineInfo server = machine("Windows Server", serverBuild, DomainRole.MEMBER_SERVER);
        RdsAssessment assessment = RdsAssessment.of(Optional.of(activated(pack(3, calVersion, CalType.PER_USER, 5, 0))),
                server, NOW);

        assertThat(kinds(assessment).contains(Kind.CAL_NEWER_THAN_SERVER)).isEqualTo(!compatible);
        assertThat(assessment.needsAttention()).isEqualTo(!compatible);
    }

    @Test
    void theServerVersionComesFromTheBuildOrElseTheNameAndIsNeverGuessed() {
        assertThat(ServerVersion.fromBuild(20348)).contains(ServerVersion.WS2022);
        assertThat(ServerVersion.fromBuild(19045)).isEmpty();
        assertThat(ServerVersion.fromName("Windows Server 7")).contains(ServerVersion.WS2008_R2);
        assertThat(ServerVersion.fromName("Windows Server 2012 R2 Datacenter")).contains(ServerVersion.WS2012_R2);
        assertThat(ServerVersion.fromName("Windows 2000 Server")).isEmpty();
        assertThat(ServerVersion.fromName("Windows 10 Pro 2019")).isEmpty();

        RdsAssessment unknownBuild = RdsAssessment.of(Optional.of(activated(pack(3, "Windows Server 2025",
                CalType.PER_USER, 5, 0))), machine("Windows Server Insider", 29000, DomainRole.MEMBER_SERVER), NOW);
        assertThat(kinds(unknownBuild)).doesNotContain(Kind.CAL_NEWER_THAN_SERVER);
        RdsAssessment unreadMachine = RdsAssessment.of(Optional.of(activated(pack(3, "Windows Server 2025",
                CalType.PER_USER, 5, 0))), null, NOW);
        assertThat(unreadMachine.needsAttention()).isFalse();
    }

    @Test
    void perUserCalsInAWorkgroupAreAWarningPerDeviceOnesAreNot() {
        MachineInfo workgroup = machine("Windows Server 2019 Standard", 17763, DomainRole.STANDALONE_SERVER);
        RdsLicenseServer server = activated(pack(2, "Windows Server 2019", CalType.PER_USER, 10, 1),
                pack(3, "Windows Server 2019", CalType.PER_DEVICE, 10, 1));

        List<RdsFinding> warnings = RdsAssessment.of(Optional.of(server), workgroup, NOW).findings().stream()
                .filter(f -> f.level() == Level.WARNING).toList();

        assertThat(warnings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.PER_USER_IN_WORKGROUP);
            assertThat(f.keyPackId()).isEqualTo(2);
        });
        assertThat(RdsAssessment.of(Optional.of(server), WS2019_DOMAIN, NOW).needsAttention()).isFalse();
    }

    @Test
    void anExpiredPackAndAnUnknownVersionAreSaidAndProblemsComeFirst() {
        RdsKeyPack expired = new RdsKeyPack(4, "Open", "Windows Server 2016", CalType.PER_DEVICE,
                RdsKeyPackType.OPEN_LICENSE, 5, 0, 5, NOW.minusSeconds(60));
        RdsKeyPack builtIn = new RdsKeyPack(1, "Built-in TS Per Device Cal", "Windows 2000 Server", CalType.PER_DEVICE,
                5, 0, 5);
        RdsAssessment assessment = RdsAssessment.of(Optional.of(new RdsLicenseServer(RdsActivationStatus.UNKNOWN, null,
                RdsFixtures.PRODUCT_ID, RdsFixtures.DATABASE, List.of(builtIn, expired))), WS2019_DOMAIN, NOW);

        assertThat(kinds(assessment)).containsExactly(Kind.STATUS_UNKNOWN, Kind.KEY_PACK_EXPIRED,
                Kind.CAL_VERSION_UNKNOWN, Kind.SESSION_HOSTS_SERVED);
        assertThat(assessment.findings().get(2).text().in(Messages.of(Language.JAPANESE))).contains("Windows 2000 Server");
    }

    @Test
    void calsOf2008And2012AlsoServeTheirR2Releases() {
        assertThat(RdsAssessment.servesSessionHostsUpTo(ServerVersion.WS2012)).isEqualTo(ServerVersion.WS2012_R2);
        assertThat(RdsAssessment.servesSessionHostsUpTo(ServerVersion.WS2008)).isEqualTo(ServerVersion.WS2008_R2);
        assertThat(RdsAssessment.servesSessionHostsUpTo(ServerVersion.WS2022)).isEqualTo(ServerVersion.WS2022);
    }
}
