package org.activationdesk.core.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call to an automated activation line, from the line's side: it asks for the Installation ID group by group,
 * checks each group's check digit as it is keyed in (the only check the line can make), asks again for a group that
 * fails, and has the whole ID once all nine groups are in. The practice phone line uses it to behave like the real
 * voice system; it knows nothing of the ID on screen, so a typo the check digit cannot see goes through, as on a
 * real call.
 */
public final class PhoneLineCall {

    /** What the line says after hearing a group. */
    public enum Response {
        /** The group checks out; the line asks for the next one. */
        ACCEPTED,
        /** Not the number of digits a group has; the line asks for the same group again. */
        WRONG_LENGTH,
        /** The group's check digit does not fit; the line asks for the same group again. */
        CHECK_FAILED,
        /** The last group checked out; the line now reads the Confirmation ID. */
        COMPLETE
    }

    private final int groupSize;
    private final List<String> heard = new ArrayList<>();

    /** @param groupSize 7 on Windows 8 and later, 6 before */
    public PhoneLineCall(int groupSize) {
        if (groupSize != InstallationId.MODERN_GROUP_SIZE && groupSize != InstallationId.LEGACY_GROUP_SIZE) {
            throw new IllegalArgumentException("an Installation ID group has 6 or 7 digits");
        }
        this.groupSize = groupSize;
    }

    /** The 1-based number of the group the line is asking for; 10 once all are in. */
    public int askingForGroup() {
        return heard.size() + 1;
    }

    public Response hear(String keyed) {
        if (isComplete()) {
            return Response.COMPLETE;
        }
        String digits = Digits.normalize(keyed);
        if (digits.length() != groupSize || !Digits.allDigits(digits)) {
            return Response.WRONG_LENGTH;
        }
        if (!IidGroupCheck.isValid(digits)) {
            return Response.CHECK_FAILED;
        }
        heard.add(digits);
        return isComplete() ? Response.COMPLETE : Response.ACCEPTED;
    }

    public boolean isComplete() {
        return heard.size() == InstallationId.GROUPS;
    }

    /** The Installation ID as the line heard it, once all groups are in. */
    public Optional<InstallationId> heardId() {
        return isComplete() ? Optional.of(InstallationId.of(String.join("", heard))) : Optional.empty();
    }
}
