package org.activationdesk.core.phone;

/**
 * The check digit at the end of every Installation ID group: the group's other digits weighted 1, 2, 1, 2...
 * from the first, summed, modulo 7 (phone-rds-kms.md §1.3, confirmed on real IDs of both generations). A check
 * digit is therefore 0 to 6, and a group ending in 7, 8 or 9 is certainly mistyped.
 */
public final class IidGroupCheck {

    private IidGroupCheck() {
    }

    /** The check digit for a group's data digits (all but the last). */
    public static int checkDigit(CharSequence dataDigits) {
        int sum = 0;
        for (int i = 0; i < dataDigits.length(); i++) {
            int digit = dataDigits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("digits only");
            }
            sum += digit * (i % 2 == 0 ? 1 : 2);
        }
        return sum % 7;
    }

    /** Whether a whole group (data digits, then the check digit) is consistent. */
    public static boolean isValid(CharSequence group) {
        if (group.length() < 2) {
            return false;
        }
        int last = group.charAt(group.length() - 1) - '0';
        return last == checkDigit(group.subSequence(0, group.length() - 1));
    }
}
