package org.activationdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** A stylesheet with a syntax error is only a warning on stderr at run time; here it fails the build. */
class StylesheetTest {

    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();

        var stylesheet = new CssParser().parse(MainWindow.class.getResource(MainWindow.STYLESHEET));

        assertThat(CssParser.errorsProperty()).extracting(CssParser.ParseError::getMessage).isEmpty();
        assertThat(stylesheet.getRules()).hasSizeGreaterThan(40);
    }
}
