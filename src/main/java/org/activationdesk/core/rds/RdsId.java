package org.activationdesk.core.rds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A license server ID or license key pack ID as a person typed it and the checks accepted it: 35 letters and digits.
 * This class holds and shows such an ID; it never makes, completes or repairs one (only the Microsoft Clearinghouse
 * issues them).
 *
 * <p>Shown in 7 groups of 5 separated by spaces, the way it is read out on the phone. Not with hyphens: the first five
 * groups would then have exactly the shape of a product key, and every key guard would rightly hide them.
 */
public final class RdsId {

    public static final int GROUPS = 7;
    public static final int GROUP_SIZE = 5;
    public static final int LENGTH = GROUPS * GROUP_SIZE;

    private final RdsIdKind kind;
    private final String compact;

    private RdsId(RdsIdKind kind, String compact) {
        this.kind = kind;
        this.compact = compact;
    }

    /** @throws IllegalArgumentException unless exactly 35 upper-case letters and digits are given */
    public static RdsId of(RdsIdKind kind, String compact) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(compact, "compact");
        if (!isCompact(compact)) {
            throw new IllegalArgumentException("an RDS ID has 35 upper-case letters and digits");
        }
        return new RdsId(kind, compact);
    }

    /** Exactly 35 of A-Z and 0-9: the form WMI takes. */
    public static boolean isCompact(String text) {
        return text != null && text.length() == LENGTH && text.chars().allMatch(RdsId::isIdCharacter);
    }

    static boolean isIdCharacter(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public RdsIdKind kind() {
        return kind;
    }

    /** The 35 characters without separators, as the WMI methods take them. */
    public String compact() {
        return compact;
    }

    public List<String> groups() {
        return groupsOf(compact);
    }

    /** {@code ABCDE FGHIJ ...}: seven groups of five, separated by spaces. */
    public String grouped() {
        return String.join(" ", groups());
    }

    /** Any text cut into groups of five (the last may be shorter), for showing what was typed so far. */
    public static List<String> groupsOf(String text) {
        List<String> groups = new ArrayList<>();
        int[] codePoints = text.codePoints().toArray();
        for (int start = 0; start < codePoints.length; start += GROUP_SIZE) {
            groups.add(new String(codePoints, start, Math.min(GROUP_SIZE, codePoints.length - start)));
        }
        return List.copyOf(groups);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RdsId id && id.kind == kind && id.compact.equals(compact);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, compact);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
