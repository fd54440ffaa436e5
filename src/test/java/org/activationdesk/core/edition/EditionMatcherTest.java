package org.activationdesk.core.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.activationdesk.core.key.KeyFormat;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conversion rules of key-formats.md §4.2 and §4.3, one case per documented path or restriction. */
class EditionMatcherTest {

    private static MachineInfo server(String editionId, DomainRole role) {
        return new MachineInfo("SRV-01", "Windows Server 2019", "10.0.17763", 17763, editionId, role, "corp.example",
                true);
    }

    private static MachineInfo server(String editionId) {
        return server(editionId, DomainRole.MEMBER_SERVER);
    }

    private static MachineInfo client(String editionId) {
        return new MachineInfo("PC-01", "Windows 11", "10.0.22631", 22631, editionId, DomainRole.MEMBER_WORKSTATION,
                "corp.example", true);
    }

    /** A key identified by the machine's configurations. */
    private static KeyIdentity key(String editionId, String productKeyType) {
        return new KeyIdentity(KeyFormat.PKEY2009, 1000, 0L, KeyIdentity.Source.KEY_CONFIGURATION, "a product",
                editionId, productKeyType, ProductFamily.ofEdition(editionId), List.of());
    }

    private static KeyIdentity gvlk(String editionId) {
        return key(editionId, "Volume:GVLK");
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            // installed, key edition, target (§4.2: Standard eval -> Standard or Datacenter; Datacenter eval -> Datacenter)
            "ServerStandardEval, ServerStandard, ServerStandard",
            "ServerStandardEval, ServerDatacenter, ServerDatacenter",
            "ServerDatacenterEval, ServerDatacenter, ServerDatacenter",
            // Server Standard -> Datacenter outside evaluation, same DISM sequence
            "ServerStandard, ServerDatacenter, ServerDatacenter",
            // Core installs keep Core; Standard Core eval becomes only Datacenter Core
            "ServerStandardCor, ServerDatacenter, ServerDatacenterCor",
            "ServerStandardEvalCor, ServerDatacenter, ServerDatacenterCor",
            "ServerDatacenterEvalCor, ServerDatacenter, ServerDatacenterCor"})
    void serverConversionsWithDism(String installed, String keyEdition, String target) {
        EditionMatch match = EditionMatcher.match(server(installed), gvlk(keyEdition));

        assertThat(match.verdict()).isEqualTo(Verdict.NEEDS_CONVERSION);
        assertThat(match.method()).isEqualTo(ChangeMethod.DISM_SET_EDITION);
        assertThat(match.targetEditionId()).isEqualTo(target);
        assertThat(match.restartNeeded()).isTrue();
        assertThat(match.obstacles()).isEmpty();
        assertThat(match.cautions()).as("a GVLK converts without trouble").isEmpty();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({"ServerDatacenterEval, ServerStandard", "ServerStandardEvalCor, ServerStandard"})
    void conversionsDismDoesNotOfferAreImpossible(String installed, String keyEdition) {
        EditionMatch match = EditionMatcher.match(server(installed), gvlk(keyEdition));

        assertThat(match.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(match.obstacles()).containsExactly(Obstacle.CONVERSION_NOT_OFFERED);
    }

    @Test
    void anEvaluationDomainControllerHasAWayThatIsBlocked() {
        EditionMatch match = EditionMatcher.match(server("ServerStandardEval", DomainRole.PRIMARY_DOMAIN_CONTROLLER),
                gvlk("ServerDatacenter"));

        assertThat(match.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(match.obstacles()).containsExactly(Obstacle.DOMAIN_CONTROLLER_EVALUATION);
        assertThat(match.method()).isEqualTo(ChangeMethod.DISM_SET_EDITION);
        assertThat(match.targetEditionId()).isEqualTo("ServerDatacenter");
        assertThat(EditionMatcher.match(server("ServerStandardEval", DomainRole.BACKUP_DOMAIN_CONTROLLER),
                gvlk("ServerStandard")).obstacles()).containsExactly(Obstacle.DOMAIN_CONTROLLER_EVALUATION);
    }

    @Test
    void theDomainControllerRestrictionIsAboutEvaluationOnly() {
        EditionMatch match = EditionMatcher.match(server("ServerStandard", DomainRole.PRIMARY_DOMAIN_CONTROLLER),
                gvlk("ServerDatacenter"));

        assertThat(match.verdict()).isEqualTo(Verdict.NEEDS_CONVERSION);
    }

    @Test
    void aKeyOfTheInstalledServerEditionFits() {
        EditionMatch match = EditionMatcher.match(server("ServerStandard"), key("ServerStandard", "Retail"));

        assertThat(match.verdict()).isEqualTo(Verdict.FITS);
        assertThat(match.method()).isEqualTo(ChangeMethod.NONE);
        assertThat(match.restartNeeded()).isFalse();
        assertThat(EditionMatcher.match(server("ServerDatacenterCor"), gvlk("ServerDatacenter")).verdict())
                .isEqualTo(Verdict.FITS);
    }

    @Test
    void aLowerServerEditionKeyIsImpossible() {
        EditionMatch match = EditionMatcher.match(server("ServerDatacenter"), key("ServerStandard", "Volume:MAK"));

        assertThat(match.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(match.obstacles()).containsExactly(Obstacle.LOWER_EDITION);
    }

    @Test
    void dismConversionWithAMakOrRetailKeyCarriesTheReportedCaution() {
        EditionMatch match = EditionMatcher.match(server("ServerStandardEval"), key("ServerDatacenter", "Volume:MAK"));

        assertThat(match.verdict()).isEqualTo(Verdict.NEEDS_CONVERSION);
        assertThat(match.cautions()).containsExactly(Caution.DISM_MAY_REJECT_KEY);
    }

    @Test
    void clientAndServerKeysNeverCross() {
        EditionMatch clientOnServer = EditionMatcher.match(server("ServerStandard"), gvlk("Professional"));
        EditionMatch serverOnClient = EditionMatcher.match(client("Professional"), gvlk("ServerDatacenter"));

        assertThat(clientOnServer.obstacles()).containsExactly(Obstacle.CLIENT_KEY_ON_SERVER);
        assertThat(serverOnClient.obstacles()).containsExactly(Obstacle.SERVER_KEY_ON_CLIENT);
        assertThat(clientOnServer.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        // Enterprise multi-session has a Server-like EditionID but is client Windows.
        assertThat(ProductFamily.ofEdition("ServerRdsh")).isEqualTo(ProductFamily.CLIENT);
    }

    @ParameterizedTest(name = "{0} -> {1}, restart {2}")
    @CsvSource({
            // §4.2 [MS-EDUPG]: without restart
            "Professional, Enterprise, false",
            "Professional, ProfessionalWorkstation, false",
            "Professional, ProfessionalEducation, false",
            "ProfessionalWorkstation, Enterprise, false",
            "ProfessionalWorkstation, ProfessionalEducation, false",
            // with restart
            "Core, Professional, true",
            "Core, ProfessionalEducation, true",
            "Enterprise, Education, true",
            "Professional, Education, true",
            // documented downgrades
            "Enterprise, Professional, true",
            "Education, ProfessionalEducation, true",
            // N editions follow the same paths to N editions
            "ProfessionalN, EnterpriseN, false",
            "CoreN, ProfessionalN, true"})
    void clientEditionChangesByKey(String installed, String keyEdition, boolean restart) {
        EditionMatch match = EditionMatcher.match(client(installed), gvlk(keyEdition));

        assertThat(match.verdict()).isEqualTo(Verdict.FITS_BY_KEY_CHANGE);
        assertThat(match.method()).isEqualTo(ChangeMethod.KEY_CHANGE);
        assertThat(match.targetEditionId()).isEqualTo(keyEdition);
        assertThat(match.restartNeeded()).isEqualTo(restart);
    }

    @Test
    void homeToProWorksOnlyByTypingTheKey() {
        assertThat(EditionMatcher.match(client("Core"), key("Professional", "Retail")).cautions())
                .containsExactly(Caution.MANUAL_KEY_ENTRY_ONLY);
        assertThat(EditionMatcher.match(client("Core"), key("ProfessionalEducation", "Retail")).cautions()).isEmpty();
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "Professional, Core, LOWER_EDITION",
            "Enterprise, Core, LOWER_EDITION",
            "Professional, EnterpriseS, NO_DOCUMENTED_PATH",
            "EnterpriseS, Enterprise, NO_DOCUMENTED_PATH",
            "ProfessionalN, Enterprise, NO_DOCUMENTED_PATH",
            "Professional, EnterpriseN, NO_DOCUMENTED_PATH",
            "EnterpriseEval, Enterprise, CLIENT_EVALUATION"})
    void clientChangesWithoutADocumentedPath(String installed, String keyEdition, Obstacle obstacle) {
        EditionMatch match = EditionMatcher.match(client(installed), gvlk(keyEdition));

        assertThat(match.verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(match.obstacles()).containsExactly(obstacle);
    }

    @Test
    void aKmsHostKeyOnAnOrdinaryClientFitsButWarns() {
        EditionMatch match = EditionMatcher.match(client("Professional"), key("Professional", "Volume:CSVLK"));

        assertThat(match.verdict()).isEqualTo(Verdict.FITS);
        assertThat(match.cautions()).containsExactly(Caution.KMS_HOST_KEY);
    }

    @Test
    void aKeyOfUnknownEditionCannotBeMatched() {
        KeyIdentity unknown = new KeyIdentity(KeyFormat.PKEY2009, 1234, 5L, KeyIdentity.Source.NONE, null, null, null,
                ProductFamily.UNKNOWN, List.of());

        EditionMatch onFull = EditionMatcher.match(server("ServerStandard"), unknown);
        EditionMatch onEvaluation = EditionMatcher.match(server("ServerStandardEval"), unknown);

        assertThat(onFull.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(onFull.obstacles()).isEmpty();
        assertThat(onEvaluation.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(onEvaluation.obstacles()).containsExactly(Obstacle.TARGET_EDITION_UNKNOWN);
    }

    @Test
    void aPublishedKeyForAnotherServerVersionIsNoticed() {
        KeyIdentity server2016 = new KeyIdentity(KeyFormat.PKEY2009, 3764, 0L, KeyIdentity.Source.PUBLISHED_GVLK,
                "Windows Server 2016 Datacenter", "ServerDatacenter", "Volume:GVLK", ProductFamily.SERVER,
                List.of("2016"));
        KeyIdentity server2019 = new KeyIdentity(KeyFormat.PKEY2009, 4300, 0L, KeyIdentity.Source.PUBLISHED_GVLK,
                "Windows Server 2019 Datacenter", "ServerDatacenter", "Volume:GVLK", ProductFamily.SERVER,
                List.of("2019"));

        assertThat(EditionMatcher.match(server("ServerDatacenter"), server2016).cautions())
                .containsExactly(Caution.KEY_FOR_OTHER_VERSION);
        assertThat(EditionMatcher.otherServerVersion(server("ServerDatacenter"), server2016)).isEqualTo("2019");
        assertThat(EditionMatcher.match(server("ServerDatacenter"), server2019).cautions()).isEmpty();
    }

    @Test
    void theDismTargetTableSaysWhatSection42Says() {
        assertThat(EditionRules.DISM_TARGETS.get("ServerStandardEval"))
                .containsExactlyInAnyOrder("ServerStandard", "ServerDatacenter");
        assertThat(EditionRules.DISM_TARGETS.get("ServerDatacenterEval")).containsExactly("ServerDatacenter");
        assertThat(EditionRules.DISM_TARGETS.get("ServerStandard")).containsExactly("ServerDatacenter");
        assertThat(EditionRules.DISM_TARGETS).doesNotContainKey("ServerDatacenter");
    }
}
