package org.activationdesk.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class InstallationIdTest {

    /** Real, public IDs from phone-rds-kms.md §1.4: a Windows 8-era ID and an Office 2003 one. */
    static final String MODERN = "2530374 4040511 9108201 4139610 9378684 8722385 3037266 7794905 6629205";
    static final String LEGACY = "086680-618254-417674-185413-128320-279945-620426-138745-737550";

    @Test
    void realIdsOfBothGenerationsPassEveryGroup() {
        InstallationId modern = InstallationId.read(MODERN).id();
        InstallationId legacy = InstallationId.read(LEGACY).id();

        assertThat(modern.groupSize()).isEqualTo(7);
        assertThat(modern.groups()).hasSize(9).first().isEqualTo("2530374");
        assertThat(modern.grouped()).isEqualTo(MODERN);
        assertThat(legacy.groupSize()).isEqualTo(6);
        assertThat(legacy.digits()).hasSize(54);
    }

    @Test
    void aChangedCheckDigitNamesTheGroup() {
        InstallationId.Reading reading = InstallationId.read(MODERN.replace("6629205", "6629206"));

        assertThat(reading.isValid()).isFalse();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(InstallationId.Problem.Kind.BAD_GROUP);
            assertThat(p.group()).isEqualTo(9);
            assertThat(p.detail()).isEqualTo("6629206");
        });
    }

    @Test
    void fullWidthDigitsAndAnySeparatorReadTheSame() {
        String fullWidth = MODERN.chars().mapToObj(c -> c == ' ' ? "－" : String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);

        assertThat(InstallationId.read(fullWidth).id()).isEqualTo(InstallationId.read(MODERN).id());
        assertThat(InstallationId.read(MODERN.replace(' ', '.')).id()).isEqualTo(InstallationId.read(MODERN).id());
        assertThat(InstallationId.read(" " + MODERN.replace(" ", "") + "\n").isValid()).isTrue();
    }

    @Test
    void wrongLengthAndLettersAreNamedNotGuessed() {
        assertThat(InstallationId.read(MODERN.substring(0, 60)).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(InstallationId.Problem.Kind.WRONG_LENGTH));
        assertThat(InstallationId.read(MODERN.replace('3', 'B')).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(InstallationId.Problem.Kind.NOT_A_DIGIT);
                    assertThat(p.detail()).isEqualTo("B");
                });
        assertThat(InstallationId.read("").isValid()).isFalse();
        assertThat(InstallationId.read(null).isValid()).isFalse();
        assertThatThrownBy(() -> InstallationId.of(MODERN.replace(" ", "").replace("6629205", "6629208")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGroupEndingInSevenEightOrNineIsAlwaysWrong() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder group = new StringBuilder();
            for (int d = 0; d < 6; d++) {
                group.append(random.nextInt(10));
            }
            group.append(7 + random.nextInt(3));
            assertThat(IidGroupCheck.isValid(group)).as(group.toString()).isFalse();
        }
    }

    /** Property: every single-digit typo the check can see is caught, in the right group, and nothing else moves. */
    @Test
    void singleDigitTyposAreCaughtInTheirGroup() {
        Random random = new Random(20261123);
        String digits = InstallationId.read(MODERN).id().digits();
        int caught = 0;
        int trials = 5_000;
        for (int i = 0; i < trials; i++) {
            int position = random.nextInt(digits.length());
            char original = digits.charAt(position);
            char typo = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
            String typed = digits.substring(0, position) + typo + digits.substring(position + 1);
            InstallationId.Reading reading = InstallationId.read(typed);
            if (!reading.isValid()) {
                caught++;
                assertThat(reading.problems()).singleElement().extracting(InstallationId.Problem::group)
                        .isEqualTo(position / 7 + 1);
            }
        }
        // A mod-7 check digit sees most typos (phone-rds-kms.md §1.4 measured about 94 %); never all of them.
        assertThat(caught).isGreaterThan(trials * 85 / 100).isLessThan(trials);
    }

    /** Property: for any data digits the computed check digit makes a valid group. */
    @Test
    void computedCheckDigitsAlwaysValidate() {
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            int size = random.nextBoolean() ? 6 : 5;
            StringBuilder data = new StringBuilder();
            for (int d = 0; d < size; d++) {
                data.append(random.nextInt(10));
            }
            int check = IidGroupCheck.checkDigit(data);
            assertThat(check).isBetween(0, 6);
            assertThat(IidGroupCheck.isValid(data.toString() + check)).isTrue();
        }
    }

    /** Property: arbitrary text never throws, and is either a consistent ID or explained. */
    @Test
    void anyTextIsReadWithoutThrowing() {
        Random random = new Random(99);
        String alphabet = "0123456789０１２３４５６７８９ -.\u00a0—abcXYZ\t";
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            InstallationId.Reading reading = InstallationId.read(text.toString());
            assertThat(reading.isValid()).isEqualTo(reading.problems().isEmpty());
        }
    }
}
