package org.activationdesk.core.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.SystemMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorExplainerTest {

    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private static final ErrorExplainer EXPLAINER = new ErrorExplainer(CATALOG);
    private static final String JAPANESE = "[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]";

    /** A Win32 code the catalog does not hold, whatever the catalog holds: the first 0x8007xxxx from 2 up. */
    static Hresult unknownWin32Code() {
        for (int number = 2; ; number++) {
            Hresult code = new Hresult(0x8007_0000 | number);
            if (!CATALOG.codes().contains(code)) {
                return code;
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCatalogCodeIsExplainedWithTheCatalogsWords(Language language) {
        for (Hresult code : CATALOG.codes()) {
            CodeExplanation explanation = EXPLAINER.explain(code, Messages.of(language));
            ErrorExplanation entry = CATALOG.explain(code, language).orElseThrow();

            assertThat(explanation.known()).as("%s", code).isTrue();
            assertThat(explanation.symbol()).as("%s", code).isEqualTo(entry.symbol());
            assertThat(explanation.title()).as("%s", code).isEqualTo(entry.title());
            assertThat(explanation.fixFromMicrosoft()).as("%s", code).isEqualTo(entry.fixFromMicrosoft());
        }
    }

    @Test
    void onWindowsAnUnknownWin32CodeIsExplainedInWindowsOwnWordsInTheReadersLanguage() {
        Hresult code = unknownWin32Code();
        int number = code.code();
        List<String> asked = new ArrayList<>();
        SystemMessages windows = (win32, language) -> {
            asked.add(win32 + " " + language);
            return Optional.of(language == Language.JAPANESE ? "指定されたファイルが見つかりません。\r\n"
                    : "The system cannot\r\nfind the file specified.\r\n");
        };
        ErrorExplainer explainer = new ErrorExplainer(CATALOG, windows);

        CodeExplanation english = explainer.explain(code, Messages.of(Language.ENGLISH));
        CodeExplanation japanese = explainer.explain(code, Messages.of(Language.JAPANESE));

        assertThat(asked).containsExactly(number + " ENGLISH", number + " JAPANESE");
        assertThat(english.title()).isEqualTo("Windows system error " + number + ": The system cannot find the file specified");
        assertThat(english.cause()).contains("“The system cannot find the file specified.”").contains("WIN32");
        assertThat(english.fix()).contains("net helpmsg " + number);
        assertThat(english.known()).isFalse();
        assertThat(japanese.title()).endsWith("指定されたファイルが見つかりません");
        assertThat(japanese.cause()).contains("「指定されたファイルが見つかりません」");
    }

    @Test
    void windowsIsNotAskedForCatalogCodesOrCodesOfOtherFacilities() {
        List<Integer> asked = new ArrayList<>();
        ErrorExplainer explainer = new ErrorExplainer(CATALOG, (win32, language) -> {
            asked.add(win32);
            return Optional.of("text");
        });

        explainer.explain(Hresult.parseCanonical("0xC004FC07"), Messages.of(Language.ENGLISH));
        explainer.explain(new Hresult(0x80041099), Messages.of(Language.ENGLISH));

        assertThat(asked).isEmpty();
    }

    @Test
    void withoutWindowsTextTheCodeIsStillExplainedByItsParts() {
        Hresult code = unknownWin32Code();
        ErrorExplainer blank = new ErrorExplainer(CATALOG, (win32, language) -> Optional.of("  \r\n"));

        assertThat(blank.explain(code, Messages.of(Language.ENGLISH)).title())
                .isEqualTo(EXPLAINER.explain(code, Messages.of(Language.ENGLISH)).title());
    }

    @Test
    void anUnknownWin32CodeIsExplainedByItsErrorNumber() {
        Hresult code = unknownWin32Code();
        String number = String.valueOf(code.code());

        CodeExplanation english = EXPLAINER.explain(code, Messages.of(Language.ENGLISH));
        CodeExplanation japanese = EXPLAINER.explain(code, Messages.of(Language.JAPANESE));

        for (CodeExplanation e : new CodeExplanation[] {english, japanese}) {
            assertThat(e.known()).isFalse();
            assertThat(e.symbol()).isNull();
            assertThat(e.fixFromMicrosoft()).isFalse();
            assertThat(e.title()).contains(number);
            assertThat(e.cause()).contains(number).contains("WIN32");
            assertThat(e.fix()).contains("net helpmsg " + number).contains(code.toString());
        }
        assertThat(english.title()).contains("Windows system error");
        assertThat(japanese.title()).containsPattern(JAPANESE);
    }

    @Test
    void anUnknownCodeOfAnUnnamedFacilityShowsTheFacilityNumber() {
        Hresult code = new Hresult(0x87FF_0BC6);
        if (CATALOG.codes().contains(code)) {
            code = new Hresult(0x87FF_0BC7);
        }

        CodeExplanation e = EXPLAINER.explain(code, Messages.of(Language.ENGLISH));

        assertThat(e.known()).isFalse();
        assertThat(e.title()).contains("failure").contains("2047");
        assertThat(e.cause()).contains("2047").contains(String.valueOf(code.code()));
        assertThat(e.fix()).contains("certutil -error " + code);
    }

    @Test
    void notACodeIsDescribedInTheUsersLanguage() {
        ParsedCode.NotACode notACode = new ParsedCode.NotACode(ParsedCode.Reason.PLAIN_NUMBER, "9003");

        assertThat(ErrorExplainer.describe(notACode, Messages.of(Language.ENGLISH))).contains("9003")
                .contains("plain number").doesNotContainPattern(JAPANESE);
        assertThat(ErrorExplainer.describe(notACode, Messages.of(Language.JAPANESE))).contains("9003")
                .containsPattern(JAPANESE);
    }
}
