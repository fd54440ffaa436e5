package org.activationdesk.platform.windows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.phone.PhoneRegion;
import org.activationdesk.core.port.LicensingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Windows' phone directory from a phone.inf written for the test (made-up 555 numbers; none is shipped). */
class WindowsPhoneDirectoryTest {

    @Test
    void regionsInFileOrderWithTheNumbersToCall(@TempDir Path systemDirectory) throws IOException,
            LicensingException {
        RecordedWindowsMachine.writePhoneInf(systemDirectory, "[IsoCodes]\r\nJPN,,,%Japan%,0120 555 001,03 5550 0001\r\n"
                + "KOR,,,%Korea%,%na%,%na%\r\nDEU,,,%Germany%,%na%,+49 555 0002\r\n[Strings]\r\nJapan=\"日本\"\r\n"
                + "Korea=\"Korea\"\r\nGermany=\"Deutschland\"\r\nna=\"Not available\"\r\n");

        List<PhoneRegion> regions = WindowsPhoneDirectory.system(systemDirectory).regions();
        assertThat(regions).containsExactly(
                new PhoneRegion("JPN", new LocalizedString("日本", "日本"), List.of("0120 555 001", "03 5550 0001")),
                new PhoneRegion("DEU", new LocalizedString("Deutschland", "Deutschland"), List.of("+49 555 0002")));
        assertThat(regions).noneMatch(PhoneRegion::isPracticeLine);
    }

    @Test
    void aLayoutThatIsNotRecognisedGivesNoRegionsRatherThanGuessedOnes(@TempDir Path dir) throws IOException,
            LicensingException {
        Path file = dir.resolve("phone.inf");
        Files.writeString(file, "[Numbers]\nJapan = 0120 555 001\n");
        assertThat(new WindowsPhoneDirectory(file).regions()).isEmpty();
    }

    @Test
    void noFileIsFileNotFound(@TempDir Path dir) {
        assertThatThrownBy(() -> WindowsPhoneDirectory.system(dir).regions())
                .isInstanceOf(LicensingException.class)
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(0x80070002));
    }

    @Test
    void aFolderInsteadOfAFileIsAReadFault(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("phone.inf"));
        assertThatThrownBy(() -> new WindowsPhoneDirectory(folder).regions())
                .satisfies(e -> assertThat(((LicensingException) e).code().value()).isEqualTo(0x8007001E));
    }
}
