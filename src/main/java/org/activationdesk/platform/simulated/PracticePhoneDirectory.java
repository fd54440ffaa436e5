package org.activationdesk.platform.simulated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.i18n.LocalizedString;
import org.activationdesk.core.phone.PhoneRegion;
import org.activationdesk.core.port.PhoneDirectory;

/** The practice phone directory from {@code resources/phone/practice-directory.tsv}: regions served by the practice line. */
public final class PracticePhoneDirectory implements PhoneDirectory {

    static final String RESOURCE = "/phone/practice-directory.tsv";
    private static final String HEADER = "code\tname_en\tname_ja\tnumber";

    private final List<PhoneRegion> regions;

    private PracticePhoneDirectory(List<PhoneRegion> regions) {
        this.regions = List.copyOf(regions);
    }

    public static PracticePhoneDirectory builtIn() {
        try (InputStream in = PracticePhoneDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the curated file; it ships with the app, so a damaged row is a build error, named with its line. */
    static PracticePhoneDirectory read(BufferedReader reader) throws IOException {
        List<PhoneRegion> regions = new ArrayList<>();
        boolean header = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": expected the header " + HEADER);
                }
                header = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4 || !fields[0].matches("[A-Z]{3}") || !fields[3].equals("practice")) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber
                        + ": a row is CODE, English name, Japanese name, practice");
            }
            regions.add(new PhoneRegion(fields[0], new LocalizedString(fields[1], fields[2]), List.of()));
        }
        return new PracticePhoneDirectory(regions);
    }

    @Override
    public List<PhoneRegion> regions() {
        return regions;
    }
}
