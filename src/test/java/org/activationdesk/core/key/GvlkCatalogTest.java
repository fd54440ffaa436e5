package org.activationdesk.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The curated copy of Microsoft's published KMS client keys: complete, identical to the reference table, and every
 * row identified with its edition by the same offline check users get.
 */
class GvlkCatalogTest {

    private static final String HEADER =
            "os_family\tos_version\tedition_name\tedition_id\tgvlk\tpkey_format\tchecksum_ok\tgroup_id\n";

    static Stream<String> rows() throws IOException {
        return Files.readAllLines(Path.of("resources/keys/gvlk.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("os_family") && !line.isBlank());
    }

    @Test
    void holdsEveryPublishedRow() {
        GvlkCatalog catalog = GvlkCatalog.builtIn();

        assertThat(catalog.entries()).hasSize(107);
        assertThat(catalog.entries().stream().map(GvlkCatalog.Entry::key).distinct()).hasSize(82);
        assertThat(catalog.entries().stream().map(GvlkCatalog.Entry::key).distinct()
                .filter(k -> k.format() == KeyFormat.PKEY2009)).hasSize(57);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyRowIsIdentifiedWithItsEditionByTheOfflineCheck(String row) {
        String[] cells = row.split("\t", -1);
        ProductKeyInput input = ProductKeyInput.of(cells[4]);

        assertThat(input.isValid()).as("%s is valid", cells[2]).isTrue();
        ProductKey key = input.key().orElseThrow();
        if (cells[5].equals("2009")) {
            assertThat(input.format()).isEqualTo(KeyFormat.PKEY2009);
            assertThat(input.checksum()).isEqualTo(ChecksumState.OK);
            assertThat(input.decoded().orElseThrow().groupId()).isEqualTo(Integer.parseInt(cells[7]));
            assertThat(input.notes()).isEmpty();
        } else {
            assertThat(input.format()).isEqualTo(KeyFormat.PKEY2005);
            assertThat(input.checksum()).isEqualTo(ChecksumState.NOT_APPLICABLE);
            assertThat(input.notes()).extracting(KeyIssue::code).containsExactly(KeyIssue.Code.LEGACY_FORMAT);
        }
        List<GvlkCatalog.Entry> found = GvlkCatalog.builtIn().find(key);
        assertThat(found).anySatisfy(entry -> {
            assertThat(entry.editionName()).isEqualTo(cells[2]);
            assertThat(entry.osVersion()).isEqualTo(cells[1]);
            assertThat(entry.editionId()).isEqualTo(cells[3].isEmpty() ? null : cells[3]);
            assertThat(entry.isServer()).isEqualTo(cells[0].equals("Windows Server"));
        });
    }

    @Test
    void aKeyThatIsNotPublishedIsNotFound() {
        ProductKey typo = ProductKey.of("W269N-WFGWX-YVC9B-4J6C9-T83GY"); // fails the checksum; shape is enough

        assertThat(GvlkCatalog.builtIn().find(typo)).isEmpty();
        assertThat(GvlkCatalog.builtIn().isPublished(typo)).isFalse();
    }

    @Test
    void aRowWhoseKeyFailsTheChecksumIsRejectedWithItsLine() {
        String table = HEADER + "Windows\t10\tWindows 10 Pro\tProfessional\tW269N-WFGWX-YVC9B-4J6C9-T83GY\t2009\tyes\t3312\n";

        assertThatThrownBy(() -> GvlkCatalog.read(new StringReader(table), "test.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.tsv:2")
                .hasMessageContaining("checksum").hasMessageNotContaining("WFGWX");
    }

    @Test
    void aRowWithTheWrongGroupIsRejected() {
        String table = HEADER + "Windows\t10\tWindows 10 Pro\tProfessional\tW269N-WFGWX-YVC9B-4J6C9-T83GX\t2009\tyes\t3312\n";

        assertThatThrownBy(() -> GvlkCatalog.read(new StringReader(table), "test.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("3311");
    }

    @Test
    void aTableWithoutItsHeaderIsRejected() {
        assertThatThrownBy(() -> GvlkCatalog.read(new StringReader("Windows\t10\n"), "test.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
    }
}
