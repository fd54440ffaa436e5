package org.activationdesk.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * No full key that is not public may show up in any toString, exception message or text. The keys here fail
 * the checksum (the shape is all that matters for masking), so none of them is a real key.
 */
class KeyMaskTest {

    /** Well-formed in shape, failing the checksum. */
    private static final List<String> NOT_PUBLIC = List.of("W269N-WFGWX-YVC9B-4J6C9-T83GY",
            "WMDGN-G9PQG-XVVXX-R3X43-63DFH", "KTBHN-C9W2Q-4R7PX-HGBQD-X8GJD", "QHTNV-BCT92-X7CMH-VD3WJ-HGRR6");
    private static final Pattern FULL_KEY = Pattern.compile("[A-Z0-9]{5}(-?[A-Z0-9]{5}){4}");

    @Test
    void theTestKeysReallyFailTheChecksum() {
        for (String text : NOT_PUBLIC) {
            assertThat(ProductKeyInput.of(text).checksum()).as(text.substring(24)).isEqualTo(ChecksumState.BAD);
        }
    }

    @Test
    void aKeyShowsOnlyItsLastGroupWhereverItIsPrinted() {
        for (String text : NOT_PUBLIC) {
            ProductKey key = ProductKey.of(text);
            String last = text.substring(24);
            for (String shown : List.of(key.toString(), key.masked(), KeyMask.mask(key), String.valueOf(List.of(key)),
                    ProductKeyInput.of(text).toString(), Pkey2009.decode(key).toString())) {
                assertThat(shown).doesNotContainPattern(FULL_KEY).doesNotContain(text.substring(0, 5));
            }
            assertThat(key.masked()).isEqualTo("*****-*****-*****-*****-" + last);
            assertThat(key.plainText()).as("only plainText() gives the key").isEqualTo(text);
        }
    }

    @Test
    void everyIssueAndItsTextsCarryNoKey() {
        for (String text : NOT_PUBLIC) {
            ProductKeyInput input = ProductKeyInput.of(text);
            for (KeyIssue issue : input.problems()) {
                assertThat(issue.toString()).doesNotContainPattern(FULL_KEY);
                for (Language language : Language.values()) {
                    assertThat(issue.message(Messages.of(language))).doesNotContainPattern(FULL_KEY);
                }
            }
            assertThat(input.suggestions().toString()).doesNotContainPattern(FULL_KEY);
        }
    }

    @Test
    void exceptionsNeverCarryTheKey() {
        for (String bad : List.of("W269N-WFGWX-YVC9B-4J6C9-T83G0", "W269N-WFGWX-YVN9B-4J6C9-T83GY",
                "BCDFG-HJKMP-QRTVW-XY234-6789N", "W269N-WFGWX-YVC9B-4J6C9T83GY-")) {
            assertThatThrownBy(() -> ProductKey.of(bad)).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad.substring(0, 5))
                            .doesNotContainPattern(FULL_KEY));
        }
    }

    @Test
    void maskedTypedInputRevealsNothingOfAShortEntry() {
        assertThat(KeyMask.maskTyped("W269NWFGWX")).isEqualTo("*****-*****");
        assertThat(KeyMask.maskTyped("W269NWFGWXYVC9B4J6C9T83G")).isEqualTo("*****-*****-*****-****9-T83G");
        assertThat(ProductKeyInput.of("W269N").masked()).isEqualTo("*****");
    }

    @Test
    void redactMasksAnythingShapedLikeAKeyInFreeText() {
        String text = "failed for W269N-WFGWX-YVC9B-4J6C9-T83GY and w269nwfgwxyvc9b4j6c9t83gy, kept ABCDE-12345";

        assertThat(KeyMask.redact(text)).isEqualTo("failed for *****-*****-*****-*****-T83GY and "
                + "*****-*****-*****-*****-t83gy, kept ABCDE-12345");
    }

    @Test
    void aPartialKeyIsMaskedAsBefore() {
        assertThat(KeyMask.fromPartialKey("T83GX")).isEqualTo("*****-*****-*****-*****-T83GX");
        assertThatThrownBy(() -> KeyMask.fromPartialKey("W269N-WFGWX")).isInstanceOf(IllegalArgumentException.class);
    }
}
