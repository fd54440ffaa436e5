package org.activationdesk.core.edition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edition facts the matcher decides by, as data. Sources: key-formats.md §4.1 (EditionIDs) and §4.2 (allowed
 * conversions), which cite Microsoft's "upgrade and conversion options" [MS-CONVERT] for Windows Server and
 * "Windows edition upgrades" [MS-EDUPG] for client Windows. To correct a rule, change the table, not the code.
 */
final class EditionRules {

    private EditionRules() {
    }

    /**
     * What {@code DISM /Online /Get-TargetEditions} offers from each Windows Server edition (§4.2): Standard eval to
     * Standard or Datacenter; Datacenter eval to Datacenter only; Standard Core eval only to Datacenter Core; Standard
     * to Datacenter (also outside evaluation). Desktop Experience never becomes Core. The Core names
     * ({@code …Cor}) are community-reported (§4.1, UNVERIFIED). An edition not listed here has no DISM target known
     * to us: the matcher then says to check {@code /Get-TargetEditions}.
     */
    static final Map<String, List<String>> DISM_TARGETS = Map.of(
            "ServerStandardEval", List.of("ServerStandard", "ServerDatacenter"),
            "ServerDatacenterEval", List.of("ServerDatacenter"),
            "ServerStandardEvalCor", List.of("ServerDatacenterCor"),
            "ServerDatacenterEvalCor", List.of("ServerDatacenterCor"),
            "ServerStandard", List.of("ServerDatacenter"),
            "ServerStandardCor", List.of("ServerDatacenterCor"));

    /**
     * A client edition change made by installing a key (§4.2, [MS-EDUPG]); N editions follow the same paths to N
     * editions.
     *
     * @param restart         the documented change needs a restart
     * @param manualEntryOnly only by typing the key (Settings), not through MDM or provisioning
     */
    record ClientPath(String from, String to, boolean restart, boolean manualEntryOnly) {
    }

    static final List<ClientPath> CLIENT_PATHS = List.of(
            // Supported without a restart, every method.
            new ClientPath("Professional", "Enterprise", false, false),
            new ClientPath("Professional", "ProfessionalWorkstation", false, false),
            new ClientPath("Professional", "ProfessionalEducation", false, false),
            new ClientPath("ProfessionalWorkstation", "Enterprise", false, false),
            new ClientPath("ProfessionalWorkstation", "ProfessionalEducation", false, false),
            // With a restart; Home to Pro and Pro for Workstations only by typing the key.
            new ClientPath("Core", "Professional", true, true),
            new ClientPath("Core", "ProfessionalWorkstation", true, true),
            new ClientPath("Core", "ProfessionalEducation", true, false),
            new ClientPath("Core", "Education", true, false),
            new ClientPath("Professional", "Education", true, false),
            new ClientPath("ProfessionalWorkstation", "Education", true, false),
            new ClientPath("ProfessionalEducation", "Education", true, false),
            new ClientPath("Enterprise", "Education", true, false),
            // Documented downgrades: Enterprise or Education to Pro, Pro for Workstations, Pro Education. Whether
            // they restart is not stated in our notes; a restart is planned to be safe.
            new ClientPath("Enterprise", "Professional", true, false),
            new ClientPath("Enterprise", "ProfessionalWorkstation", true, false),
            new ClientPath("Enterprise", "ProfessionalEducation", true, false),
            new ClientPath("Education", "Professional", true, false),
            new ClientPath("Education", "ProfessionalWorkstation", true, false),
            new ClientPath("Education", "ProfessionalEducation", true, false));

    /** Client editions that exist as N variants ({@code ProfessionalN}, {@code EnterpriseGN}...). */
    static final Set<String> CLIENT_BASES = Set.of("Core", "Professional", "ProfessionalWorkstation",
            "ProfessionalEducation", "Education", "Enterprise", "EnterpriseG", "EnterpriseS", "IoTEnterpriseS");

    /** Edition order, to tell "lower edition" from "no documented path". Editions not listed have no order. */
    static final Map<String, Integer> RANK = Map.of(
            "Core", 0, "Professional", 1, "ProfessionalWorkstation", 2, "ProfessionalEducation", 2,
            "Education", 3, "Enterprise", 3,
            "ServerStandard", 1, "ServerDatacenter", 2);

    /**
     * Windows Server version names by build number, to notice a published key for another version. From Microsoft's
     * Windows Server release information, not from our reference notes: a caution only, never a blocker.
     */
    static final Map<Integer, List<String>> SERVER_VERSIONS = Map.ofEntries(
            Map.entry(6001, List.of("2008")), Map.entry(6002, List.of("2008")),
            Map.entry(7600, List.of("2008 R2")), Map.entry(7601, List.of("2008 R2")),
            Map.entry(9200, List.of("2012")), Map.entry(9600, List.of("2012 R2")),
            Map.entry(14393, List.of("2016")), Map.entry(16299, List.of("1709")), Map.entry(17134, List.of("1803")),
            Map.entry(17763, List.of("2019", "1809")), Map.entry(18362, List.of("1903")),
            Map.entry(18363, List.of("1909")), Map.entry(19041, List.of("2004")), Map.entry(19042, List.of("20H2")),
            Map.entry(20348, List.of("2022")), Map.entry(26100, List.of("2025")));

    static Optional<ClientPath> clientPath(String from, String to) {
        return CLIENT_PATHS.stream().filter(p -> p.from().equals(from) && p.to().equals(to)).findFirst();
    }
}
