package org.activationdesk.core.key;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Microsoft's published KMS client setup keys (GVLKs), from {@code resources/keys/gvlk.tsv}. A GVLK is public and
 * no licence: it makes Windows a KMS client of the organisation's own KMS host or Active Directory activation.
 * The file is checked as it loads: every key must decode to the format, checksum and group ID the row states.
 */
public final class GvlkCatalog {

    /** Where the curated table lives on the class path. */
    public static final String RESOURCE = "/keys/gvlk.tsv";
    private static final String HEADER =
            "os_family\tos_version\tedition_name\tedition_id\tgvlk\tpkey_format\tchecksum_ok\tgroup_id";

    private static volatile GvlkCatalog builtIn;

    /**
     * One row: one key for one OS version and edition.
     *
     * @param editionId the EditionID / DISM name, or null where Microsoft documents none (Essentials, Azure
     *                  Edition, Semi-Annual Channel...)
     * @param groupId   the decoded group ID of a pkey2009 key, or null for pkey2005
     */
    public record Entry(String osFamily, String osVersion, String editionName, String editionId, ProductKey key,
                        KeyFormat format, Integer groupId) {

        public Entry {
            Objects.requireNonNull(osFamily, "osFamily");
            Objects.requireNonNull(osVersion, "osVersion");
            Objects.requireNonNull(editionName, "editionName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(format, "format");
        }

        public boolean isServer() {
            return osFamily.equals("Windows Server");
        }
    }

    private final List<Entry> entries;
    private final Map<ProductKey, List<Entry>> byKey = new LinkedHashMap<>();

    private GvlkCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            byKey.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry);
        }
        byKey.replaceAll((k, list) -> List.copyOf(list));
    }

    /** The built-in table, read once. */
    public static GvlkCatalog builtIn() {
        GvlkCatalog catalog = builtIn;
        if (catalog == null) {
            synchronized (GvlkCatalog.class) {
                catalog = builtIn;
                if (catalog == null) {
                    try (InputStream in = GvlkCatalog.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the class path");
                        }
                        catalog = read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = catalog;
                }
            }
        }
        return catalog;
    }

    /**
     * Reads a table in the format of {@code gvlk.tsv}: {@code #} comment lines, a header, tab-separated rows.
     *
     * @throws IllegalStateException naming the line when a row is malformed or does not decode as it says
     */
    public static GvlkCatalog read(Reader reader, String source) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        boolean header = false;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalStateException(source + ":" + number + ": expected the header " + HEADER);
                }
                header = true;
                continue;
            }
            try {
                entries.add(row(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + number + ": " + e.getMessage(), e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(source + " lists no key");
        }
        return new GvlkCatalog(entries);
    }

    private static Entry row(String[] cells) {
        if (cells.length != 8) {
            throw new IllegalArgumentException("a row has 8 tab-separated cells, this one " + cells.length);
        }
        ProductKey key = ProductKey.of(cells[4]);
        KeyFormat format = switch (cells[5]) {
            case "2009" -> KeyFormat.PKEY2009;
            case "2005" -> KeyFormat.PKEY2005;
            default -> throw new IllegalArgumentException("pkey_format must be 2009 or 2005");
        };
        if (format != key.format()) {
            throw new IllegalArgumentException("the key's format is not " + cells[5]);
        }
        Integer groupId = null;
        if (format == KeyFormat.PKEY2009) {
            Pkey2009.Decoded decoded = Pkey2009.decode(key);
            if (!cells[6].equals("yes") || !decoded.checksumOk()) {
                throw new IllegalArgumentException("a published pkey2009 key must pass the checksum");
            }
            groupId = Integer.valueOf(cells[7]);
            if (groupId != decoded.groupId()) {
                throw new IllegalArgumentException("group_id " + cells[7] + " but the key decodes to " + decoded.groupId());
            }
        } else if (!cells[6].equals("n/a") || !cells[7].isEmpty()) {
            throw new IllegalArgumentException("a pkey2005 row has checksum_ok n/a and no group_id");
        }
        return new Entry(cells[0], cells[1], cells[2], cells[3].isEmpty() ? null : cells[3], key, format, groupId);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every row for this key (a key shared by Windows 10 and 11 has two); empty when it is no published GVLK. */
    public List<Entry> find(ProductKey key) {
        return byKey.getOrDefault(key, List.of());
    }

    public boolean isPublished(ProductKey key) {
        return byKey.containsKey(key);
    }
}
