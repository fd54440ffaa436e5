package org.activationdesk.core.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.activationdesk.core.key.GvlkCatalog;
import org.activationdesk.core.port.DomainRole;
import org.activationdesk.core.port.MachineInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published KMS client key for the installed edition and version, from Microsoft's list (gvlk.tsv). */
class PublishedKeysTest {

    private static MachineInfo machine(String editionId, int build) {
        DomainRole role = editionId.startsWith("Server") ? DomainRole.MEMBER_SERVER : DomainRole.MEMBER_WORKSTATION;
        return new MachineInfo("PC", "Windows", "10.0." + build, build, editionId, role, "corp.example", true);
    }

    private static Optional<String> lastGroup(MachineInfo machine) {
        return PublishedKeys.forMachine(GvlkCatalog.builtIn(), machine).map(e -> e.key().lastGroup());
    }

    @ParameterizedTest(name = "{0} build {1} -> {2}")
    @CsvSource({
            "ServerStandard,          17763, J464C",   // Server 2019 Standard
            "ServerDatacenter,        17763, 63DFG",   // Server 2019 Datacenter
            "ServerStandard,          20348, VMK7H",   // Server 2022 Standard
            "ServerStandard,          26100, MY832",   // Server 2025 Standard
            "ServerStandardEval,      17763, J464C",   // an evaluation takes its full edition's key
            "ServerDatacenterEvalCor, 17763, 63DFG",   // Server Core has no keys of its own
            "Professional,            19045, T83GX",   // Windows 10 Pro
            "Professional,            22631, T83GX",   // Windows 11 Pro: the same key
            "Enterprise,              22631, 2YT43"})
    void theKeyOfTheInstalledEditionAndVersion(String edition, int build, String expected) {
        assertThat(lastGroup(machine(edition, build))).contains(expected);
    }

    @Test
    void ltscReleasesHaveKeysOfTheirOwn() {
        GvlkCatalog catalog = GvlkCatalog.builtIn();
        GvlkCatalog.Entry ltsc2019 = PublishedKeys.forMachine(catalog, machine("EnterpriseS", 17763)).orElseThrow();
        GvlkCatalog.Entry ltsb2016 = PublishedKeys.forMachine(catalog, machine("EnterpriseS", 14393)).orElseThrow();

        assertThat(ltsc2019.osVersion()).isEqualTo("10 LTSC 2019");
        assertThat(ltsb2016.osVersion()).isEqualTo("10 LTSB 2016");
        assertThat(ltsc2019.key()).isNotEqualTo(ltsb2016.key());
        assertThat(PublishedKeys.installedVersion(machine("IoTEnterpriseS", 19044))).isEqualTo("IoT LTSC 2021");
        assertThat(PublishedKeys.installedVersion(machine("EnterpriseS", 26100))).isEqualTo("11 LTSC 2024");
    }

    @Test
    void homeHasNoPublishedKeyAndAServerKeyIsNeverPickedForAClient() {
        assertThat(lastGroup(machine("Core", 19045))).isEmpty();
        // ServerRdsh is client Windows (multi-session), whatever its name says; a server row must never match it.
        MachineInfo rdsh = new MachineInfo("PC", "Windows", "10.0.19045", 19045, "ServerStandard",
                DomainRole.MEMBER_WORKSTATION, null, true);
        assertThat(lastGroup(rdsh)).isEmpty();
    }

    @Test
    void anUnknownBuildGetsAKeyOnlyWhenTheEditionHasJustOne() throws IOException {
        GvlkCatalog twoVersions = GvlkCatalog.read(new StringReader("os_family\tos_version\tedition_name\tedition_id"
                + "\tgvlk\tpkey_format\tchecksum_ok\tgroup_id\n"
                + "Windows Server\t2019\tWindows Server 2019 Standard\tServerStandard\tN69G4-B89J2-4G8F4-WWYCC-J464C\t2009\tyes\t4297\n"
                + "Windows Server\t2022\tWindows Server 2022 Standard\tServerStandard\tVDYBN-27WPP-V4HQT-9VMD4-VMK7H\t2009\tyes\t4541\n"
                + "Windows\t11\tWindows 11 Pro\tProfessional\tW269N-WFGWX-YVC9B-4J6C9-T83GX\t2009\tyes\t3311\n"), "test");

        assertThat(PublishedKeys.forMachine(twoVersions, machine("ServerStandard", 99999))).isEmpty();
        assertThat(PublishedKeys.forMachine(twoVersions, machine("ServerStandard", 14393)))
                .as("a known build whose version is not listed").isEmpty();
        assertThat(PublishedKeys.forMachine(twoVersions, machine("Professional", 5))).map(e -> e.key().lastGroup())
                .contains("T83GX");
        assertThat(PublishedKeys.installedVersion(machine("ServerStandard", 99999))).isEmpty();
    }
}
