package org.activationdesk.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationdesk.core.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ErrorCatalogTest {

    /** The curated file in the project folder, read here independently of the catalog's own parser. */
    private static final Path CODES = Path.of("resources/errors/codes.tsv");

    private static ErrorCatalog catalog;
    private static Map<Hresult, String[]> rows;

    @BeforeAll
    static void load() throws IOException {
        catalog = ErrorCatalog.load();
        rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(CODES, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] columns = line.split("\t", -1);
                rows.put(Hresult.parseCanonical(columns[0]), columns);
            }
        }
    }

    @Test
    void theCatalogHoldsExactlyTheCodesOfTheFileInFileOrder() {
        assertThat(rows).isNotEmpty();
        assertThat(catalog.codes()).containsExactlyElementsOf(rows.keySet());
    }

    @Test
    void everyCodeIsExplainedInBothLanguages() {
        for (Map.Entry<Hresult, String[]> row : rows.entrySet()) {
            Hresult code = row.getKey();
            ErrorExplanation english = catalog.explain(code, Language.ENGLISH).orElseThrow();
            ErrorExplanation japanese = catalog.explain(code, Language.JAPANESE).orElseThrow();

            for (ErrorExplanation explanation : List.of(english, japanese)) {
                assertThat(explanation.code()).isEqualTo(code);
                assertThat(explanation.symbol()).as("symbol of %s", code).isEqualTo(row.getValue()[1]).isNotBlank();
                assertThat(explanation.fixFromMicrosoft()).as("fix source of %s", code)
                        .isEqualTo(row.getValue()[2].equals("MS"));
                assertThat(explanation.title()).as("title of %s", code).isNotBlank();
                assertThat(explanation.cause()).as("cause of %s", code).isNotBlank();
                assertThat(explanation.fix()).as("fix of %s", code).isNotBlank();
            }
            assertThat(japanese.title()).as("Japanese title of %s", code).isNotEqualTo(english.title());
            assertThat(japanese.cause()).as("Japanese cause of %s", code).isNotEqualTo(english.cause());
            assertThat(japanese.fix()).as("Japanese fix of %s", code).isNotEqualTo(english.fix());
            // a Japanese text is written in Japanese script, not left in English
            assertThat(japanese.title() + japanese.cause() + japanese.fix()).as("Japanese of %s", code)
                    .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        }
    }

    @Test
    void unknownCodeHasNoExplanation() {
        Hresult unknown = new Hresult(0x12345678);
        assertThat(rows).doesNotContainKey(unknown);

        assertThat(catalog.explain(unknown, Language.ENGLISH)).isEmpty();
        assertThat(catalog.explain(unknown, Language.JAPANESE)).isEmpty();
        assertThat(catalog.explain(Hresult.S_OK, Language.ENGLISH)).isEmpty();
    }

    @Test
    void theCodeFromTheEvaluationScenarioIsExplained() {
        assertThat(catalog.explain(Hresult.parseCanonical("0xC004FC07"), Language.ENGLISH))
                .hasValueSatisfying(e -> assertThat(e.symbol()).isEqualTo("SL_E_VALIDITY_PERIOD_EXPIRED"));
    }
}
