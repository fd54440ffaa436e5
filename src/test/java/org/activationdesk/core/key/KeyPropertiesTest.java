package org.activationdesk.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over many generated inputs, from seeded {@link Random}s (the seed is in every message, so a failure
 * reproduces). Inputs are built from published GVLKs at run time; no other key is written down.
 */
class KeyPropertiesTest {

    private static final long CORRUPTION_SEED = 0x4B455953L;
    private static final long NORMALISATION_SEED = 0x4E4F524DL;
    private static final String TYPED = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static List<String> pkey2009Gvlks() {
        return GvlkCatalog.builtIn().entries().stream().filter(e -> e.format() == KeyFormat.PKEY2009)
                .map(e -> e.key().plainText().replace("-", "")).distinct().toList();
    }

    /** How one corruption ended. */
    enum Outcome { INVALID_CHARACTER, N_RULES, CHECKSUM, LOST_ITS_N, COLLISION }

    /**
     * 1,000 single-character corruptions of the 57 pkey2009 GVLKs: one position, replaced by any other letter or
     * digit (what a slip of the finger or the eye produces). Each must be caught by the alphabet, the rules for N
     * or the checksum, except two kinds:
     * <ul>
     * <li>the N itself replaced by a digit: the result is a well-formed pkey2005 key, which offline checks cannot
     * reject; it is reported with the legacy note and is no published key (§1.7 counts these too);</li>
     * <li>checksum collisions: about 1 in 1,024 corruptions that stay in the alphabet passes a 10-bit check.</li>
     * </ul>
     * Whenever a corruption is caught at its one position (alphabet, a second N, checksum), the original character
     * is among the suggestions for that position: always among all of them, and in the capped list of five unless
     * more than five candidates pass and the right one ranks below (rare; counted).
     */
    @Test
    void singleCharacterCorruptionsAreCaughtAndTheOriginalIsSuggested() {
        Random random = new Random(CORRUPTION_SEED);
        List<String> keys = pkey2009Gvlks();
        assertThat(keys).hasSize(57);
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int suggestionChecks = 0;
        int originalInCappedList = 0;
        List<String> cutByCap = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String original = keys.get(random.nextInt(keys.size()));
            int at = random.nextInt(25);
            char replacement;
            do {
                replacement = TYPED.charAt(random.nextInt(TYPED.length()));
            } while (replacement == original.charAt(at));
            char[] typed = original.toCharArray();
            typed[at] = replacement;
            ProductKeyInput input = ProductKeyInput.of(new String(typed));
            String context = String.format("new Random(%d) corruption #%d: position %d, %c -> %c (%s)",
                    CORRUPTION_SEED, i, at + 1, original.charAt(at), replacement, input);

            Outcome outcome = outcome(input, context);
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome == Outcome.COLLISION || outcome == Outcome.LOST_ITS_N) {
                continue;
            }
            KeySuggestions.Suggestion expected = new KeySuggestions.Suggestion(at + 1, String.valueOf(replacement),
                    String.valueOf(original.charAt(at)));
            assertThat(KeySuggestions.all(input)).as("all suggestions, %s", context).contains(expected);
            suggestionChecks++;
            if (input.suggestions().contains(expected)) {
                originalInCappedList++;
            } else {
                cutByCap.add(context + " had " + KeySuggestions.all(input).size() + " candidates");
            }
        }
        String summary = String.format("new Random(%d): %s; original in the capped list %d of %d; cut by the cap: %s",
                CORRUPTION_SEED, outcomes, originalInCappedList, suggestionChecks, cutByCap);
        if (Boolean.getBoolean("activationdesk.printSummary")) {
            System.out.println(summary);
        }
        int collisions = outcomes.getOrDefault(Outcome.COLLISION, 0);
        assertThat(collisions).as(summary).isLessThan(10); // < 1 %
        assertThat(outcomes.getOrDefault(Outcome.LOST_ITS_N, 0)).as(summary).isLessThan(80); // about 1 in 25 × 24/35
        assertThat(outcomes.getOrDefault(Outcome.CHECKSUM, 0)).as(summary).isPositive();
        assertThat(outcomes.getOrDefault(Outcome.INVALID_CHARACTER, 0)).as(summary).isPositive();
        assertThat(outcomes.getOrDefault(Outcome.N_RULES, 0)).as(summary).isPositive();
        assertThat(originalInCappedList).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(suggestionChecks * 0.99));
    }

    private static Outcome outcome(ProductKeyInput input, String context) {
        if (input.isValid()) {
            if (input.format() == KeyFormat.PKEY2005) {
                assertThat(input.notes()).as(context).extracting(KeyIssue::code).contains(KeyIssue.Code.LEGACY_FORMAT);
                assertThat(GvlkCatalog.builtIn().isPublished(input.key().orElseThrow())).as(context).isFalse();
                return Outcome.LOST_ITS_N;
            }
            assertThat(input.checksum()).as(context).isEqualTo(ChecksumState.OK);
            return Outcome.COLLISION;
        }
        List<KeyIssue.Code> codes = input.problems().stream().map(KeyIssue::code).toList();
        assertThat(codes).as(context).hasSize(1);
        return switch (codes.get(0)) {
            case INVALID_CHARACTER -> Outcome.INVALID_CHARACTER;
            case SEVERAL_N, N_LAST -> Outcome.N_RULES;
            case BAD_CHECKSUM -> Outcome.CHECKSUM;
            default -> throw new AssertionError("unexpected problem " + codes + " for " + context);
        };
    }

    /**
     * Whatever decoration a GVLK gets on its way from a label or an e-mail (case, spaces, hyphen look-alikes,
     * full-width characters from an IME, quotes and labels), it normalises to the same key.
     */
    @Test
    void decoratedKeysNormaliseToTheSameKey() {
        Random random = new Random(NORMALISATION_SEED);
        List<String> keys = GvlkCatalog.builtIn().entries().stream().map(e -> e.key().plainText().replace("-", ""))
                .distinct().toList();
        String[] separators = {"-", " ", "", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
                "\u30FC", "\uFF70", "\uFE63", "\uFF0D", "\t", "\u00A0", " - ", "\u3000", "\r\n"};
        String[][] wrappers = {{"", ""}, {"\"", "\""}, {"“", "”"}, {"Product key: ", "."}, {"プロダクト キー：", "。"},
                {"「", "」"}, {"(", ")"}, {"  ", "\n"}, {"<", ">,"}, {"Key: [", "]"}};
        for (int i = 0; i < 1_000; i++) {
            String key = keys.get(random.nextInt(keys.size()));
            StringBuilder typed = new StringBuilder();
            for (int c = 0; c < key.length(); c++) {
                if (c > 0 && c % 5 == 0) {
                    typed.append(separators[random.nextInt(separators.length)]);
                } else if (c > 0 && random.nextInt(12) == 0) {
                    typed.append(random.nextBoolean() ? " " : "\u200B");
                }
                char ch = key.charAt(c);
                if (random.nextBoolean()) {
                    ch = Character.toLowerCase(ch);
                }
                if (random.nextInt(3) == 0) {
                    ch = (char) (ch + 0xFEE0); // its full-width form
                }
                typed.append(ch);
            }
            String[] wrapper = wrappers[random.nextInt(wrappers.length)];
            String pasted = wrapper[0] + typed + wrapper[1];

            ProductKeyInput input = ProductKeyInput.of(pasted);

            assertThat(input.key()).as("new Random(%d) #%d: %s", NORMALISATION_SEED, i, input)
                    .contains(ProductKey.of(key));
            assertThat(input.problems()).isEmpty();
        }
    }
}
