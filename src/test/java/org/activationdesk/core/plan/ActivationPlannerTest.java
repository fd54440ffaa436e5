package org.activationdesk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.activationdesk.core.edition.Caution;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.Obstacle;
import org.activationdesk.core.edition.Verdict;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KeyConfigurations;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.junit.jupiter.api.Test;

/**
 * Plans for the seed cases on the built-in practice scenarios, in English and Japanese, and the other branches on
 * hand-made machines. Keys are Microsoft's published KMS client keys.
 */
class ActivationPlannerTest {

    private static final ProductKey STANDARD_2019 = ProductKey.of("N69G4-B89J2-4G8F4-WWYCC-J464C");
    private static final ProductKey DATACENTER_2019 = ProductKey.of("WMDGN-G9PQG-XVVXX-R3X43-63DFG");
    private static final ProductKey PRO = ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GX");
    private static final ProductKey ENTERPRISE = ProductKey.of("NPPR9-FWDCX-D2C8J-H872K-2YT43");
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages JA = Messages.of(Language.JAPANESE);

    private record Practice(MachineSnapshot snapshot, ActivationPlanner planner) {
    }

    private static Practice practice(String id) throws Exception {
        SimulatedLicensingService service = new SimulatedLicensingService(new ScenarioCatalog().load(id),
                Clock.systemUTC(), Duration.ZERO);
        return new Practice(service.snapshot(), new ActivationPlanner(new KeyIdentifier(GvlkCatalog.builtIn(), service)));
    }

    private static ActivationPlan plan(String scenario, ProductKey key) throws Exception {
        Practice practice = practice(scenario);
        return practice.planner().plan(practice.snapshot(), Intent.useKey(key));
    }

    private static List<StepKind> kinds(ActivationPlan plan) {
        return plan.steps().stream().map(PlanStep::kind).toList();
    }

    private static List<Obstacle> blockers(ActivationPlan plan) {
        return plan.blockers().stream().map(PlanFinding.Blocker::obstacle).toList();
    }

    private static List<Caution> warnings(ActivationPlan plan) {
        return plan.warnings().stream().map(PlanFinding.Warning::caution).toList();
    }

    private static MachineSnapshot machine(String editionId, DomainRole role, int build, boolean elevated) {
        return new MachineSnapshot(new MachineInfo("HOST", "Windows", "10.0." + build, build, editionId, role, null,
                elevated), List.of(), Instant.parse("2026-05-04T08:30:00Z"));
    }

    // ---- seed case 1: the expired evaluation domain controller ----

    @Test
    void evaluationDomainControllerWithTheStandardKeyGetsAConversionPlanThatIsBlocked() throws Exception {
        ActivationPlan plan = plan("server2019-eval-expired", STANDARD_2019);

        assertThat(plan.match().verdict()).isEqualTo(Verdict.IMPOSSIBLE);
        assertThat(kinds(plan)).containsExactly(StepKind.CONVERT_EDITION, StepKind.RESTART, StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).targetEditionId()).isEqualTo("ServerStandard");
        assertThat(plan.steps().get(0).maskedKey()).isEqualTo("*****-*****-*****-*****-J464C");
        assertThat(blockers(plan)).containsExactly(Obstacle.DOMAIN_CONTROLLER_EVALUATION);
        assertThat(plan.isBlocked()).isTrue();
        assertThat(warnings(plan)).containsExactly(Caution.GVLK_NEEDS_KMS_HOST);

        assertThat(plan.steps().get(0).text(EN)).isEqualTo("Convert the edition to ServerStandard, as administrator: "
                + "DISM /Online /Set-Edition:ServerStandard /ProductKey:*****-*****-*****-*****-J464C /AcceptEula");
        assertThat(plan.blockers().get(0).text(EN)).startsWith("This server is a domain controller")
                .contains("ServerStandardEval").contains("demote");
        assertThat(plan.steps().get(0).text(JA)).startsWith("管理者として、エディションを ServerStandard に変換します")
                .contains("/Set-Edition:ServerStandard");
        assertThat(plan.blockers().get(0).text(JA)).contains("ドメイン コントローラー").contains("評価版（ServerStandardEval）")
                .contains("降格");
        assertThat(plan.warnings().get(0).text(JA)).contains("KMS クライアント キー")
                .contains("Windows Server 2019 Standard");
    }

    @Test
    void evaluationDomainControllerWithTheDatacenterKeyTargetsDatacenterAndIsBlockedToo() throws Exception {
        ActivationPlan plan = plan("server2019-eval-expired", DATACENTER_2019);

        assertThat(kinds(plan)).containsExactly(StepKind.CONVERT_EDITION, StepKind.RESTART, StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).targetEditionId()).isEqualTo("ServerDatacenter");
        assertThat(blockers(plan)).containsExactly(Obstacle.DOMAIN_CONTROLLER_EVALUATION);
    }

    // ---- seed case 2: Standard with a Datacenter key ----

    @Test
    void standardServerWithTheDatacenterKeyIsConvertedRestartedAndActivated() throws Exception {
        ActivationPlan plan = plan("server2019-std-datacenter-key", DATACENTER_2019);

        assertThat(plan.match().verdict()).isEqualTo(Verdict.NEEDS_CONVERSION);
        assertThat(plan.isBlocked()).isFalse();
        assertThat(kinds(plan)).containsExactly(StepKind.CONVERT_EDITION, StepKind.RESTART, StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).targetEditionId()).isEqualTo("ServerDatacenter");
        assertThat(warnings(plan)).containsExactly(Caution.GVLK_NEEDS_KMS_HOST);
        assertThat(plan.key().editionId()).isEqualTo("ServerDatacenter");

        assertThat(plan.verdictText(EN))
                .isEqualTo("The edition must first be converted from ServerStandard to ServerDatacenter with DISM.");
        assertThat(plan.steps().stream().map(s -> s.text(EN)).toList()).containsExactly(
                "Convert the edition to ServerDatacenter, as administrator: DISM /Online /Set-Edition:ServerDatacenter "
                        + "/ProductKey:*****-*****-*****-*****-63DFG /AcceptEula",
                "Restart the computer (after DISM, sometimes twice).",
                "Activate with your organization’s KMS host or Active Directory-based activation (slmgr /ato).");
        assertThat(plan.warnings().get(0).text(EN)).isEqualTo("This is a public KMS client key (Windows Server 2019 "
                + "Datacenter). It activates only against your organization’s KMS host or Active Directory-based "
                + "activation; it is not a licence.");

        assertThat(plan.verdictText(JA)).isEqualTo("先に DISM でエディションを ServerStandard から ServerDatacenter に変換する必要があります。");
        assertThat(plan.steps().get(1).text(JA)).contains("再起動");
        assertThat(plan.steps().get(2).text(JA)).contains("KMS ホスト").contains("slmgr /ato");
    }

    // ---- other branches ----

    @Test
    void theKeyAlreadyInstalledNeedsOnlyActivation() throws Exception {
        ActivationPlan plan = plan("win10-pro-kms-no-srv", PRO);

        assertThat(plan.match().verdict()).isEqualTo(Verdict.FITS);
        assertThat(kinds(plan)).containsExactly(StepKind.ACTIVATE_WITH_KMS);
        assertThat(warnings(plan)).contains(Caution.KEY_ALREADY_INSTALLED);
        assertThat(plan.key().source()).isEqualTo(org.activationdesk.core.edition.KeyIdentity.Source.PUBLISHED_GVLK);
    }

    @Test
    void proToEnterpriseIsAKeyChangeWithoutRestart() throws Exception {
        ActivationPlan plan = plan("win10-pro-activated", ENTERPRISE);

        assertThat(plan.match().verdict()).isEqualTo(Verdict.FITS_BY_KEY_CHANGE);
        assertThat(kinds(plan)).containsExactly(StepKind.CHANGE_EDITION_BY_KEY, StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).text(EN)).contains("Enterprise").contains("*****-*****-*****-*****-2YT43");
    }

    @Test
    void aKeyOfTheInstalledEditionIsInstalledThenActivated() {
        ActivationPlanner planner = new ActivationPlanner(KeyIdentifier.publishedKeysOnly());

        ActivationPlan plan = planner.plan(machine("ServerDatacenter", DomainRole.MEMBER_SERVER, 17763, true),
                Intent.useKey(DATACENTER_2019));

        assertThat(kinds(plan)).containsExactly(StepKind.INSTALL_KEY, StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).text(EN)).contains("*****-*****-*****-*****-63DFG").contains("slmgr /ipk");
    }

    @Test
    void aClientKeyOnAServerIsBlockedWithoutSteps() {
        ActivationPlanner planner = new ActivationPlanner(KeyIdentifier.publishedKeysOnly());

        ActivationPlan plan = planner.plan(machine("ServerStandard", DomainRole.MEMBER_SERVER, 17763, true),
                Intent.useKey(PRO));

        assertThat(blockers(plan)).containsExactly(Obstacle.CLIENT_KEY_ON_SERVER);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.blockers().get(0).text(EN)).contains("Windows 11 Pro / Windows 10 Pro").contains("ServerStandard");
        assertThat(plan.blockers().get(0).text(JA)).contains("クライアント Windows 用");
    }

    @Test
    void withoutAdministratorRightsThePlanSaysSo() {
        ActivationPlanner planner = new ActivationPlanner(KeyIdentifier.publishedKeysOnly());

        ActivationPlan plan = planner.plan(machine("Professional", DomainRole.STANDALONE_WORKSTATION, 19045, false),
                Intent.useKey(ENTERPRISE));

        assertThat(warnings(plan)).contains(Caution.NOT_ELEVATED);
    }

    @Test
    void aLegacyKeyForAnOlderServerVersionIsWarnedAbout() {
        ActivationPlanner planner = new ActivationPlanner(KeyIdentifier.publishedKeysOnly());

        ActivationPlan plan = planner.plan(machine("ServerStandard", DomainRole.MEMBER_SERVER, 17763, true),
                Intent.useKey(ProductKey.of("YC6KT-GKW9T-YTKYR-T4X34-R7VHC"))); // Server 2008 R2 Standard GVLK

        assertThat(warnings(plan)).contains(Caution.KEY_FOR_OTHER_VERSION, Caution.LEGACY_KEY_UNCHECKED);
        String text = plan.warnings().stream().filter(w -> w.caution() == Caution.KEY_FOR_OTHER_VERSION).findFirst()
                .orElseThrow().text(EN);
        assertThat(text).contains("Windows Server 2008 R2").contains("Windows Server 2019");
    }

    @Test
    void aWindows7KeyOnWindows10IsPlannedWithTheLegacyWarning() {
        ActivationPlanner planner = new ActivationPlanner(KeyIdentifier.publishedKeysOnly());

        ActivationPlan plan = planner.plan(machine("Professional", DomainRole.MEMBER_WORKSTATION, 19045, true),
                Intent.useKey(ProductKey.of("FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4"))); // Windows 7 Professional GVLK

        assertThat(warnings(plan)).containsExactly(Caution.GVLK_NEEDS_KMS_HOST, Caution.LEGACY_KEY_UNCHECKED);
        assertThat(plan.warnings().get(1).text(JA)).contains("Windows 7");
    }

    @Test
    void aKeyNobodyIdentifiesIsPlannedWithAWarningOrBlockedOnAnEvaluation() throws IOException {
        GvlkCatalog proOnly = GvlkCatalog.read(new StringReader("os_family\tos_version\tedition_name\tedition_id\tgvlk"
                + "\tpkey_format\tchecksum_ok\tgroup_id\nWindows\t10\tWindows 10 Pro\tProfessional\t"
                + "W269N-WFGWX-YVC9B-4J6C9-T83GX\t2009\tyes\t3311\n"), "test");
        ActivationPlanner planner = new ActivationPlanner(new KeyIdentifier(proOnly, KeyConfigurations.NONE));

        ActivationPlan onFull = planner.plan(machine("ServerStandard", DomainRole.MEMBER_SERVER, 17763, true),
                Intent.useKey(DATACENTER_2019));
        ActivationPlan onEvaluation = planner.plan(machine("ServerStandardEval", DomainRole.MEMBER_SERVER, 17763, true),
                Intent.useKey(DATACENTER_2019));

        assertThat(onFull.match().verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(kinds(onFull)).containsExactly(StepKind.INSTALL_KEY, StepKind.ACTIVATE_ONLINE);
        assertThat(warnings(onFull)).containsExactly(Caution.KEY_NOT_IDENTIFIED);
        assertThat(blockers(onEvaluation)).containsExactly(Obstacle.TARGET_EDITION_UNKNOWN);
        assertThat(onEvaluation.steps()).isEmpty();
    }

    @Test
    void aPlanPrintsTheKeyOnlyMasked() throws Exception {
        for (ProductKey key : List.of(STANDARD_2019, DATACENTER_2019)) {
            ActivationPlan plan = plan("server2019-eval-expired", key);
            String everything = plan + plan.verdictText(EN) + plan.steps().stream().map(s -> s.text(JA)).toList()
                    + plan.blockers().stream().map(b -> b.text(EN)).toList();
            assertThat(everything).doesNotContain(key.plainText()).doesNotContain(key.plainText().substring(0, 11));
        }
    }
}
