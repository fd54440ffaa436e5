package org.activationdesk.core.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Installation ID Windows makes for phone activation: 9 groups of 7 digits on Windows 8 and later, 9 groups of
 * 6 before, each group ending in its check digit. Read from Windows, or typed back by a person; either way every
 * group is checked before the ID is shown or used.
 */
public final class InstallationId {

    public static final int GROUPS = 9;
    public static final int MODERN_GROUP_SIZE = 7;
    public static final int LEGACY_GROUP_SIZE = 6;

    private final String digits;

    private InstallationId(String digits) {
        this.digits = digits;
    }

    /**
     * An ID whose every group passes its check; for IDs that come from Windows.
     *
     * @throws IllegalArgumentException when the digits are not a consistent Installation ID
     */
    public static InstallationId of(String digits) {
        Objects.requireNonNull(digits, "digits");
        Reading reading = read(digits);
        if (!reading.problems().isEmpty()) {
            throw new IllegalArgumentException("not a consistent Installation ID: " + reading.problems());
        }
        return reading.id();
    }

    /** Reads what a person typed or pasted and says exactly what is wrong with it, group by group. */
    public static Reading read(String typed) {
        String text = Digits.normalize(typed);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                problems.add(new Problem(Problem.Kind.NOT_A_DIGIT, -1, String.valueOf(c)));
                return new Reading(null, problems);
            }
        }
        int groupSize = text.length() == GROUPS * MODERN_GROUP_SIZE ? MODERN_GROUP_SIZE
                : text.length() == GROUPS * LEGACY_GROUP_SIZE ? LEGACY_GROUP_SIZE : 0;
        if (groupSize == 0) {
            problems.add(new Problem(Problem.Kind.WRONG_LENGTH, -1, Integer.toString(text.length())));
            return new Reading(null, problems);
        }
        for (int group = 0; group < GROUPS; group++) {
            String digitsOfGroup = text.substring(group * groupSize, (group + 1) * groupSize);
            if (!IidGroupCheck.isValid(digitsOfGroup)) {
                problems.add(new Problem(Problem.Kind.BAD_GROUP, group + 1, digitsOfGroup));
            }
        }
        return new Reading(problems.isEmpty() ? new InstallationId(text) : null, problems);
    }

    /** The digits only, as the licensing API takes them. */
    public String digits() {
        return digits;
    }

    public int groupSize() {
        return digits.length() / GROUPS;
    }

    /** The groups in reading order; the phone line asks for them one by one. */
    public List<String> groups() {
        List<String> groups = new ArrayList<>(GROUPS);
        for (int i = 0; i < GROUPS; i++) {
            groups.add(digits.substring(i * groupSize(), (i + 1) * groupSize()));
        }
        return List.copyOf(groups);
    }

    /** The groups separated by spaces, as printed on a sheet or copied for a web form. */
    public String grouped() {
        return String.join(" ", groups());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstallationId id && id.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return grouped();
    }

    /** The result of reading typed input: the ID when it is consistent, else what is wrong. */
    public record Reading(InstallationId id, List<Problem> problems) {
        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return id != null;
        }
    }

    /**
     * One thing wrong with a typed ID.
     *
     * @param group  the 1-based group, or -1 when the problem is not in one group
     * @param detail what was found: the character, the digit count, or the group's digits
     */
    public record Problem(Kind kind, int group, String detail) {
        public enum Kind { NOT_A_DIGIT, WRONG_LENGTH, BAD_GROUP }
    }
}
