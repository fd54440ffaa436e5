package org.activationdesk.platform.windows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.phone.PhoneInfParser;
import org.activationdesk.core.phone.PhoneRegion;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.PhoneDirectory;

/**
 * The activation phone numbers Windows itself lists, read from {@code %SystemRoot%\System32\SPPUI\phone.inf} each time
 * they are asked for (the file is small; numbers change with Windows updates, so none are shipped or cached). The
 * country names are the file's, in the language Windows was installed in. A file in a layout {@link PhoneInfParser}
 * does not recognise gives no regions rather than guessed ones.
 */
final class WindowsPhoneDirectory implements PhoneDirectory {

    static final Hresult FILE_NOT_FOUND = new Hresult(0x80070002);
    static final Hresult ACCESS_DENIED = new Hresult(0x80070005);
    static final Hresult READ_FAULT = new Hresult(0x8007001E);

    private final Path file;

    WindowsPhoneDirectory(Path file) {
        this.file = file;
    }

    static WindowsPhoneDirectory system(Path systemDirectory) {
        return new WindowsPhoneDirectory(systemDirectory.resolve("SPPUI").resolve("phone.inf"));
    }

    @Override
    public List<PhoneRegion> regions() throws LicensingException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new LicensingException(FILE_NOT_FOUND, "Windows has no phone activation directory (phone.inf)");
        } catch (AccessDeniedException denied) {
            throw new LicensingException(ACCESS_DENIED, "The phone activation directory (phone.inf) cannot be read");
        } catch (IOException unreadable) {
            throw new LicensingException(READ_FAULT, "The phone activation directory (phone.inf) cannot be read");
        }
        List<PhoneRegion> regions = new ArrayList<>();
        for (PhoneInfParser.CountryNumbers country : PhoneInfParser.parse(bytes).countries()) {
            List<String> numbers = new ArrayList<>();
            for (String number : List.of(country.tollFree(), country.toll())) {
                if (number.chars().anyMatch(Character::isDigit)) {
                    numbers.add(number); // "not available" and the like are not numbers to call
                }
            }
            if (!numbers.isEmpty()) {
                String name = country.country().isBlank() ? country.isoCode() : country.country();
                regions.add(new PhoneRegion(country.isoCode(), new LocalizedString(name, name), numbers));
            }
        }
        return regions;
    }
}
