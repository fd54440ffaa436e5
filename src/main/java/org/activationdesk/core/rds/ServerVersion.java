package org.activationdesk.core.rds;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows Server releases as RDS CAL compatibility knows them, oldest first. The names are product names and read the
 * same in every language.
 */
public enum ServerVersion {
    WS2008("Windows Server 2008"),
    WS2008_R2("Windows Server 2008 R2"),
    WS2012("Windows Server 2012"),
    WS2012_R2("Windows Server 2012 R2"),
    WS2016("Windows Server 2016"),
    WS2019("Windows Server 2019"),
    WS2022("Windows Server 2022"),
    WS2025("Windows Server 2025");

    private static final Pattern YEAR = Pattern.compile("\\b(2008|2012|2016|2019|2022|2025)(\\s*R2)?\\b");

    private final String displayName;

    ServerVersion(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The release a Windows Server build number belongs to, for the license server's own version. Only the builds of
     * the releases above count (and 7601, 2008 R2 with SP1, 6002, 2008 with SP2); anything else is not guessed.
     */
    public static Optional<ServerVersion> fromBuild(int build) {
        return switch (build) {
            case 6001, 6002, 6003 -> Optional.of(WS2008);
            case 7600, 7601 -> Optional.of(WS2008_R2);
            case 9200 -> Optional.of(WS2012);
            case 9600 -> Optional.of(WS2012_R2);
            case 14393 -> Optional.of(WS2016);
            case 17763 -> Optional.of(WS2019);
            case 20348 -> Optional.of(WS2022);
            case 26100 -> Optional.of(WS2025);
            default -> Optional.empty();
        };
    }

    /**
     * The release a name mentions: a key pack's ProductVersion ("Windows Server 2022"; "Windows Server 7" is how
     * WMI names 2008 R2) or an OS name ("Windows Server 2019 Standard"). Empty for anything else, such as the
     * built-in pack for Windows 2000 clients.
     */
    public static Optional<ServerVersion> fromName(String name) {
        if (name == null || !name.contains("Server")) {
            return Optional.empty();
        }
        if (name.matches(".*Windows Server 7\\b.*")) {
            return Optional.of(WS2008_R2);
        }
        Matcher matcher = YEAR.matcher(name);
        if (!matcher.find()) {
            return Optional.empty();
        }
        boolean r2 = matcher.group(2) != null;
        return switch (matcher.group(1)) {
            case "2008" -> Optional.of(r2 ? WS2008_R2 : WS2008);
            case "2012" -> Optional.of(r2 ? WS2012_R2 : WS2012);
            case "2016" -> Optional.of(WS2016);
            case "2019" -> Optional.of(WS2019);
            case "2022" -> Optional.of(WS2022);
            default -> Optional.of(WS2025);
        };
    }

    public boolean isNewerThan(ServerVersion other) {
        return compareTo(other) > 0;
    }

}
