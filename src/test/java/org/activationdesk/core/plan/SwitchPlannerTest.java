package org.activationdesk.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.activationdesk.core.edition.Caution;
import org.activationdesk.core.edition.KeyIdentifier;
import org.activationdesk.core.edition.Obstacle;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.key.ProductKey;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.core.volume.KmsEndpoint;
import org.activationdesk.platform.simulated.ScenarioCatalog;
import org.activationdesk.platform.simulated.SimulatedLicensingService;
import org.junit.jupiter.api.Test;

/**
 * Switch plans between volume channels on the seed scenarios (KMS client without an SRV record, KMS host below its
 * threshold, MAK machine) and on hand-made machines, in English and Japanese. Keys are Microsoft's published ones;
 * the MAK is a published key that a hand-made key configuration declares as a MAK, since no real MAK may appear here.
 */
class SwitchPlannerTest {

    private static final ProductKey PRO_GVLK = ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GX");
    private static final ProductKey STANDARD_2019_GVLK = ProductKey.of("N69G4-B89J2-4G8F4-WWYCC-J464C");
    private static final ProductKey ENTERPRISE_GVLK = ProductKey.of("NPPR9-FWDCX-D2C8J-H872K-2YT43");
    private static final KmsEndpoint KMS01 = new KmsEndpoint("kms01.corp.example", 1688);
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages JA = Messages.of(Language.JAPANESE);
    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-[A-Z0-9]{5}){4}");

    private static MachineSnapshot scenario(String id) throws Exception {
        return new SimulatedLicensingService(new ScenarioCatalog().load(id), Clock.systemUTC(), Duration.ZERO)
                .snapshot();
    }

    private static ActivationPlan plan(MachineSnapshot snapshot, Intent intent) {
        return new ActivationPlanner(KeyIdentifier.publishedKeysOnly()).plan(snapshot, intent);
    }

    private static List<StepKind> kinds(ActivationPlan plan) {
        return plan.steps().stream().map(PlanStep::kind).toList();
    }

    private static List<Caution> warnings(ActivationPlan plan) {
        return plan.warnings().stream().map(PlanFinding.Warning::caution).toList();
    }

    private static List<Obstacle> blockers(ActivationPlan plan) {
        return plan.blockers().stream().map(PlanFinding.Blocker::obstacle).toList();
    }

    private static String warning(ActivationPlan plan, Caution caution, Messages m) {
        return plan.warnings().stream().filter(w -> w.caution() == caution).findFirst().orElseThrow().text(m);
    }

    /** Every text of the plan, in both languages. */
    private static List<String> texts(ActivationPlan plan) {
        List<String> all = new ArrayList<>();
        for (Messages m : List.of(EN, JA)) {
            all.add(plan.verdictText(m));
            plan.steps().forEach(s -> all.add(s.text(m)));
            plan.blockers().forEach(b -> all.add(b.text(m)));
            plan.warnings().forEach(w -> all.add(w.text(m)));
        }
        return all;
    }

    private static MachineSnapshot machine(String editionId, DomainRole role, int build, String domain,
                                           LicensingProduct... products) {
        return new MachineSnapshot(new MachineInfo("HOST", "Windows", "10.0." + build, build, editionId, role, domain,
                true), List.of(products), Instant.parse("2026-05-04T08:30:00Z"));
    }

    private static LicensingProduct product(String productKeyChannel, String description, KmsClientInfo kms) {
        return new LicensingProduct("27519077-4a9e-44c1-8b97-b944af1d25b4", "Windows", description, productKeyChannel,
                "T83GX", LicenseStatus.OOB_GRACE, 14400, new Hresult(0x4004F00C), null, null, 5, kms, null);
    }

    // ---- seed 001: a KMS client without an SRV record ----

    @Test
    void aKmsClientGetsTheHostTheUserTypedSetThenActivates() throws Exception {
        ActivationPlan plan = plan(scenario("win10-pro-kms-no-srv"), Intent.switchToKms(KMS01));

        ChannelSwitch change = plan.channelSwitch().orElseThrow();
        assertThat(change.kind()).isEqualTo(SwitchKind.KMS_HOST_SETTING);
        assertThat(change.from()).isEqualTo(Channel.KMS_CLIENT);
        assertThat(change.publishedKey()).as("the client's key stays").isEmpty();
        assertThat(plan.key()).isNull();
        assertThat(kinds(plan)).containsExactly(StepKind.SET_KMS_HOST, StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).kmsHost()).isEqualTo(KMS01);
        assertThat(plan.steps().get(0).text(EN)).contains("slmgr /skms kms01.corp.example:1688");
        assertThat(warnings(plan)).containsExactly(Caution.NOT_ELEVATED); // the seed runs as a standard user
        assertThat(plan.isBlocked()).isFalse();
        assertThat(plan.verdictText(JA)).contains("すでに KMS クライアント");
    }

    @Test
    void withoutAHostTheClientLooksInItsDomainAndThePlanSaysWhere() throws Exception {
        ActivationPlan plan = plan(scenario("win10-pro-kms-no-srv"), Intent.switchToKms());

        assertThat(kinds(plan)).containsExactly(StepKind.ACTIVATE_WITH_KMS);
        assertThat(warnings(plan)).containsExactly(Caution.KMS_HOST_FROM_DNS);
        assertThat(warning(plan, Caution.KMS_HOST_FROM_DNS, EN)).contains("_vlmcs._tcp.corp.example");
        assertThat(warning(plan, Caution.KMS_HOST_FROM_DNS, JA)).contains("_vlmcs._tcp.corp.example");
    }

    @Test
    void aHostSetByHandIsClearedForDnsAndNotSetTwice() {
        KmsClientInfo registered = new KmsClientInfo("KMS01.corp.example", 0, null, 0, null, 120, 10080);
        MachineSnapshot snapshot = machine("Professional", DomainRole.MEMBER_WORKSTATION, 19045, "corp.example",
                product("Volume:GVLK", "Windows(R) Operating System, VOLUME_KMSCLIENT channel", registered));

        assertThat(kinds(plan(snapshot, Intent.switchToKms()))).containsExactly(StepKind.CLEAR_KMS_HOST,
                StepKind.ACTIVATE_WITH_KMS);
        assertThat(kinds(plan(snapshot, Intent.switchToKms(KMS01)))).as("already set, at the default port")
                .containsExactly(StepKind.ACTIVATE_WITH_KMS);
        assertThat(kinds(plan(snapshot, Intent.switchToKms(new KmsEndpoint("kms02.corp.example", 1688)))))
                .containsExactly(StepKind.SET_KMS_HOST, StepKind.ACTIVATE_WITH_KMS);
    }

    // ---- seed 004: a KMS host below its threshold, back to a client ----

    @Test
    void aKmsHostBelowItsThresholdBecomesAClientWithThePublishedKeyOfItsEditionAndVersion() throws Exception {
        ActivationPlan plan = plan(scenario("kms-host-below-threshold"), Intent.switchToKms());

        ChannelSwitch change = plan.channelSwitch().orElseThrow();
        assertThat(change.kind()).isEqualTo(SwitchKind.HOST_TO_CLIENT);
        assertThat(change.from()).isEqualTo(Channel.KMS_HOST);
        assertThat(change.publishedKey()).map(GvlkCatalog.Entry::key).contains(STANDARD_2019_GVLK);
        assertThat(change.publishedKey().orElseThrow().editionName()).isEqualTo("Windows Server 2019 Standard");
        assertThat(plan.key().isPublishedGvlk()).isTrue();
        assertThat(kinds(plan)).containsExactly(StepKind.INSTALL_KEY, StepKind.REMOVE_SRV_RECORD,
                StepKind.ACTIVATE_WITH_KMS);
        assertThat(StepJobs.needsGvlkConfirmation(plan.steps().get(0), plan.key())).isTrue();
        assertThat(warnings(plan)).contains(Caution.KMS_HOST_BELOW_THRESHOLD, Caution.HOST_STOPS_SERVING,
                Caution.GVLK_NEEDS_KMS_HOST, Caution.KMS_HOST_FROM_DNS);
        assertThat(plan.steps().get(1).text(EN)).contains("_vlmcs._tcp record").contains("DNS administrator");
    }

    @Test
    void theCountIsExplainedWithBothThresholdsAndTheWayOutNeverAsAdviceToRaiseIt() throws Exception {
        ActivationPlan plan = plan(scenario("kms-host-below-threshold"), Intent.switchToKms());

        String en = warning(plan, Caution.KMS_HOST_BELOW_THRESHOLD, EN);
        assertThat(en).contains("counted 3 computers").contains("25").contains("5").contains("0xC004F038")
                .contains("MAK").contains("Active Directory-based activation");
        assertThat(en.toLowerCase()).doesNotContain("inflate").doesNotContain("add computers")
                .doesNotContain("virtual machines");
        assertThat(warning(plan, Caution.KMS_HOST_BELOW_THRESHOLD, JA)).contains("3 台").contains("25 台")
                .contains("5 台").contains("0xC004F038").contains("MAK");
        assertThat(warning(plan, Caution.NEEDS_ANOTHER_KMS_HOST, EN)).contains("0xC004F074").contains("MAK");
    }

    @Test
    void aKmsHostCanFallBackToAMakToo() throws Exception {
        ActivationPlan plan = makPlanner().plan(scenario("kms-host-below-threshold"),
                Intent.switchToMak(pretendServerMak()));

        assertThat(plan.channelSwitch().orElseThrow().kind()).isEqualTo(SwitchKind.HOST_TO_MAK);
        assertThat(kinds(plan)).containsExactly(StepKind.INSTALL_KEY, StepKind.REMOVE_SRV_RECORD,
                StepKind.ACTIVATE_ONLINE);
        assertThat(warnings(plan)).contains(Caution.MAK_ACTIVATIONS_COUNTED, Caution.HOST_STOPS_SERVING,
                Caution.KMS_HOST_BELOW_THRESHOLD).doesNotContain(Caution.NEEDS_ANOTHER_KMS_HOST);
    }

    // ---- MAK and retail to KMS client ----

    @Test
    void aMakMachineBecomesAKmsClientAndTheHostGoesBeforeActivation() throws Exception {
        ActivationPlan dns = plan(scenario("mak-no-internet"), Intent.switchToKms());
        ActivationPlan typed = plan(scenario("mak-no-internet"), Intent.switchToKms(KMS01));

        assertThat(dns.channelSwitch().orElseThrow().kind()).isEqualTo(SwitchKind.TO_KMS_CLIENT);
        assertThat(dns.channelSwitch().orElseThrow().publishedKey()).map(GvlkCatalog.Entry::key).contains(PRO_GVLK);
        assertThat(kinds(dns)).containsExactly(StepKind.INSTALL_KEY, StepKind.ACTIVATE_WITH_KMS);
        assertThat(warnings(dns)).contains(Caution.REPLACES_CURRENT_KEY, Caution.NO_DNS_DOMAIN)
                .doesNotContain(Caution.KMS_HOST_FROM_DNS); // a workgroup computer: nothing to look up
        assertThat(kinds(typed)).containsExactly(StepKind.INSTALL_KEY, StepKind.SET_KMS_HOST,
                StepKind.ACTIVATE_WITH_KMS);
        assertThat(warnings(typed)).doesNotContain(Caution.NO_DNS_DOMAIN);
    }

    @Test
    void anEvaluationIsConvertedWithThePublishedKeyOfItsFullEdition() {
        MachineSnapshot snapshot = machine("ServerStandardEval", DomainRole.MEMBER_SERVER, 17763, "corp.example");

        ActivationPlan plan = plan(snapshot, Intent.switchToKms(KMS01));

        assertThat(kinds(plan)).containsExactly(StepKind.CONVERT_EDITION, StepKind.RESTART, StepKind.SET_KMS_HOST,
                StepKind.ACTIVATE_WITH_KMS);
        assertThat(plan.steps().get(0).targetEditionId()).isEqualTo("ServerStandard");
        assertThat(plan.channelSwitch().orElseThrow().from()).isEqualTo(Channel.UNKNOWN);
    }

    @Test
    void anEditionWithoutPublishedKeyCannotBecomeAKmsClient() {
        MachineSnapshot home = machine("Core", DomainRole.STANDALONE_WORKSTATION, 19045, null,
                product("Retail", "Windows(R) Operating System, RETAIL channel", null));

        ActivationPlan plan = plan(home, Intent.switchToKms());

        assertThat(blockers(plan)).containsExactly(Obstacle.NO_PUBLISHED_GVLK);
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.key()).isNull();
        assertThat(plan.blockers().get(0).text(EN)).contains("Core").contains("Windows").contains("Home");
        assertThat(plan.blockers().get(0).text(JA)).contains("Home エディション");
    }

    // ---- to MAK ----

    /** Microsoft's published Windows 10/11 Pro KMS client key, which {@link #makPlanner()} knows only as a MAK. */
    private static ProductKey pretendMak() {
        return PRO_GVLK;
    }

    /** The same for Windows Server 2019 Standard. */
    private static ProductKey pretendServerMak() {
        return STANDARD_2019_GVLK;
    }

    /**
     * A planner whose identifier has no published keys and a key configuration that declares the Pro and Server 2019
     * Standard GVLK groups as MAK ranges: the stand-in for a MAK, as real ones never go into a repository.
     */
    private static ActivationPlanner makPlanner() throws IOException {
        GvlkCatalog enterpriseOnly = GvlkCatalog.read(new StringReader("os_family\tos_version\tedition_name\tedition_id"
                + "\tgvlk\tpkey_format\tchecksum_ok\tgroup_id\nWindows\t11\tWindows 11 Enterprise\tEnterprise\t"
                + ENTERPRISE_GVLK.plainText() + "\t2009\tyes\t3290\n"), "test");
        List<KeyConfiguration> ranges = List.of(
                new KeyConfiguration(3311, 0, 100, "Professional", "Volume:MAK", "Windows 10 Pro MAK (training)"),
                new KeyConfiguration(4297, 0, 100, "ServerStandard", "Volume:MAK", "Server 2019 Standard MAK (training)"));
        KeyIdentifier identifier = new KeyIdentifier(enterpriseOnly,
                (group, serial) -> ranges.stream().filter(c -> c.covers(group, serial)).findFirst());
        return new ActivationPlanner(identifier, GvlkCatalog.builtIn());
    }

    @Test
    void aKmsClientFallsBackToAMakActivatedOnlineOrByPhone() throws Exception {
        // The seed's installed key ends like the stand-in MAK; give it another ending so the MAK is new to it.
        MachineSnapshot snapshot = replaceKey(scenario("win10-pro-kms-no-srv"));
        ActivationPlan online = makPlanner().plan(snapshot, Intent.switchToMak(pretendMak()));
        ActivationPlan phone = makPlanner().plan(snapshot, Intent.switchToMak(pretendMak(), true));

        assertThat(online.channelSwitch().orElseThrow().kind()).isEqualTo(SwitchKind.TO_MAK);
        assertThat(online.key().channel()).isEqualTo(Channel.MAK);
        assertThat(kinds(online)).containsExactly(StepKind.INSTALL_KEY, StepKind.ACTIVATE_ONLINE);
        assertThat(kinds(phone)).containsExactly(StepKind.INSTALL_KEY, StepKind.ACTIVATE_BY_PHONE);
        assertThat(warnings(online)).contains(Caution.MAK_ACTIVATIONS_COUNTED, Caution.NOT_ELEVATED)
                .doesNotContain(Caution.GVLK_NEEDS_KMS_HOST);
        assertThat(warning(online, Caution.MAK_ACTIVATIONS_COUNTED, EN)).contains("0xC004C008");
        assertThat(phone.steps().get(1).text(JA)).contains("電話");
        assertThat(online.steps().get(0).text(EN)).contains("*****-*****-*****-*****-T83GX");
    }

    /** The same snapshot with a product whose partial key is another one, so the MAK is not "already installed". */
    private static MachineSnapshot replaceKey(MachineSnapshot snapshot) {
        LicensingProduct p = snapshot.products().get(0);
        LicensingProduct other = new LicensingProduct(p.activationId(), p.name(), p.description(), p.productKeyChannel(),
                "QJ4KX", p.licenseStatus(), p.graceMinutes(), p.reason(), p.lastActivationError(), null,
                p.remainingRearms(), p.kmsClient(), null);
        return new MachineSnapshot(snapshot.machine(), List.of(other), snapshot.takenAt());
    }

    @Test
    void aPublishedKmsClientKeyOrAHostKeyIsNoMak() throws Exception {
        ActivationPlan gvlk = plan(scenario("mak-no-internet"), Intent.switchToMak(PRO_GVLK));

        assertThat(blockers(gvlk)).containsExactly(Obstacle.GVLK_IS_NOT_A_MAK);
        assertThat(gvlk.steps()).isEmpty();
        assertThat(gvlk.blockers().get(0).text(EN)).contains("Windows 11 Pro / Windows 10 Pro");

        KeyIdentifier hostKeys = new KeyIdentifier(GvlkCatalog.read(new StringReader("os_family\tos_version"
                + "\tedition_name\tedition_id\tgvlk\tpkey_format\tchecksum_ok\tgroup_id\nWindows\t11\tWindows 11"
                + " Enterprise\tEnterprise\t" + ENTERPRISE_GVLK.plainText() + "\t2009\tyes\t3290\n"), "test"),
                (group, serial) -> Optional.of(new KeyConfiguration(group, 0, 100, "Professional", "Volume:CSVLK",
                        "KMS host key (training)")));
        ActivationPlan csvlk = new ActivationPlanner(hostKeys).plan(scenario("mak-no-internet"),
                Intent.switchToMak(PRO_GVLK));
        assertThat(blockers(csvlk)).containsExactly(Obstacle.KMS_HOST_KEY_IS_NOT_A_MAK);
        assertThat(csvlk.steps()).isEmpty();
    }

    // ---- every text ----

    @Test
    void everySwitchPlanIsWordedInBothLanguagesAndShowsNoKeyInFull() throws Exception {
        List<ActivationPlan> plans = List.of(
                plan(scenario("win10-pro-kms-no-srv"), Intent.switchToKms(KMS01)),
                plan(scenario("kms-host-below-threshold"), Intent.switchToKms()),
                plan(scenario("mak-no-internet"), Intent.switchToKms(KMS01)),
                plan(scenario("mak-no-internet"), Intent.switchToMak(PRO_GVLK)),
                makPlanner().plan(scenario("kms-host-below-threshold"), Intent.switchToMak(pretendServerMak(), true)),
                plan(machine("Core", DomainRole.STANDALONE_WORKSTATION, 19045, null), Intent.switchToKms()));
        for (ActivationPlan plan : plans) {
            for (String text : texts(plan)) {
                assertThat(text).as("worded").doesNotContain("!plan.").doesNotContain("{");
                assertThat(FULL_KEY.matcher(text).find()).as("a key in full: %s", text).isFalse();
            }
            assertThat(FULL_KEY.matcher(plan.toString()).find()).as("toString shows keys masked").isFalse();
        }
    }
}
