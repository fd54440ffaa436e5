package org.activationdesk.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Did you mean" offers, for one wrong position, only what the checksum confirms. Keys here are published GVLKs or
 * fail the checksum; a suggestion is checked by applying it in memory, never written down as a whole key.
 */
class KeySuggestionsTest {

    private static KeySuggestions.Suggestion at(int position, String from, String to) {
        return new KeySuggestions.Suggestion(position, from, to);
    }

    /** Applies a suggestion to the cleaned input and checks the result as a user's next attempt would be. */
    private static ProductKeyInput apply(ProductKeyInput input, KeySuggestions.Suggestion s) {
        int[] cps = input.codePoints();
        cps[s.position() - 1] = s.to().codePointAt(0);
        return ProductKeyInput.of(new String(cps, 0, cps.length));
    }

    @Test
    void aChecksumFailureAtTheLastCharacterOffersTheOriginal() {
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GY");

        assertThat(input.suggestions()).contains(at(25, "Y", "X"));
    }

    @Test
    void aLetterOForZeroLookingDigitOffersWhatTheChecksumAllowsAtThatPositionOnly() {
        // Server 2019 Datacenter GVLK with its D (position 23) typed as O
        ProductKeyInput input = ProductKeyInput.of("WMDGN-G9PQG-XVVXX-R3X43-63OFG");

        List<KeySuggestions.Suggestion> suggestions = input.suggestions();
        assertThat(suggestions).isNotEmpty().allSatisfy(s -> {
            assertThat(s.position()).isEqualTo(23);
            assertThat(s.from()).isEqualTo("O");
        });
        assertThat(suggestions.get(0)).as("D looks like O and is the one the checksum confirms")
                .isEqualTo(at(23, "O", "D"));
    }

    @Test
    void aMissingNCanBeOfferedWhereTheKeyHasNone() {
        // Windows 10 Pro GVLK with its N typed as O
        ProductKeyInput input = ProductKeyInput.of("W269O-WFGWX-YVC9B-4J6C9-T83GX");

        assertThat(input.suggestions()).contains(at(5, "O", "N"));
    }

    @Test
    void aSecondNOffersTheCharacterItReplaced() {
        // Enterprise GVLK NPPR9… with its 9 (position 5) typed as N
        ProductKeyInput input = ProductKeyInput.of("NPPRN-FWDCX-D2C8J-H872K-2YT43");

        assertThat(input.suggestions()).contains(at(5, "N", "9"));
    }

    @Test
    void everySuggestionMakesTheChecksumValidAndNamesOnePositionOnly() {
        for (String typed : List.of("W269N-WFGWX-YVC9B-4J6C9-T83GY", "WMDGN-G9PQG-XVVXX-R3X43-63OFG",
                "W269O-WFGWX-YVC9B-4J6C9-T83GX", "NPPRN-FWDCX-D2C8J-H872K-2YT43", "N69G4-B89J2-4G8F4-WWYCC-J464D")) {
            ProductKeyInput input = ProductKeyInput.of(typed);
            assertThat(input.suggestions()).as(input.toString()).isNotEmpty().hasSizeLessThanOrEqualTo(KeySuggestions.MAX)
                    .allSatisfy(s -> {
                        assertThat(apply(input, s).checksum()).isEqualTo(ChecksumState.OK);
                        assertThat(s.to()).hasSize(1);
                        assertThat(KeyAlphabet.isKeyCharacter(s.to().charAt(0))).isTrue();
                    });
        }
    }

    @Test
    void nothingIsOfferedWhenMoreThanOnePositionIsWrongOrACharacterIsMissing() {
        assertThat(ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83G").suggestions()).isEmpty();
        assertThat(ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GXX").suggestions()).isEmpty();
        assertThat(ProductKeyInput.of("W2O9N-WFGWX-YVC9B-4J6C9-T83G0").suggestions()).isEmpty();
        assertThat(ProductKeyInput.of("").suggestions()).isEmpty();
    }

    @Test
    void nothingIsOfferedForAValidKey() {
        assertThat(ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GX").suggestions()).isEmpty();
        assertThat(ProductKeyInput.of("YC6KT-GKW9T-YTKYR-T4X34-R7VHC").suggestions()).isEmpty();
    }

    @Test
    void aLegacyKeyWithAWrongCharacterGetsOnlyWhatAChecksumCouldConfirm() {
        // Server 2008 R2 Standard GVLK with Y typed as U: without an N there is no checksum to confirm a digit;
        // only placing an N there could be checked, and then only if the checksum happened to hold.
        ProductKeyInput input = ProductKeyInput.of("UC6KT-GKW9T-YTKYR-T4X34-R7VHC");

        assertThat(input.suggestions()).allSatisfy(s -> assertThat(s.to()).isEqualTo("N"));
    }

    @Test
    void theListIsShortAndLookAlikesComeFirst() {
        ProductKeyInput input = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GY");
        List<KeySuggestions.Suggestion> all = KeySuggestions.all(input);

        assertThat(input.suggestions()).hasSizeLessThanOrEqualTo(KeySuggestions.MAX)
                .isEqualTo(all.subList(0, Math.min(all.size(), KeySuggestions.MAX)));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).looksAlike()) {
                assertThat(all.get(i - 1).looksAlike()).as("look-alikes first in %s", all).isTrue();
            }
        }
    }

    @Test
    void aSuggestionPrintsNoKey() {
        KeySuggestions.Suggestion s = ProductKeyInput.of("W269N-WFGWX-YVC9B-4J6C9-T83GY").suggestions().get(0);

        assertThat(s.toString()).doesNotContain("W269N").doesNotContain("T83G");
    }
}
