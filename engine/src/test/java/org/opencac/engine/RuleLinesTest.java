package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuleLinesTest {
    @Test
    void aGoodValuePasses() {
        assertDoesNotThrow(() -> RuleLines.require(true, "forms.tsv", "knee\tknees"));
    }

    @Test
    void aBadValueFailsNamingTheFileAndTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleLines.require(false, "forms.tsv", "knee\t"));
        assertEquals("forms.tsv: bad value in \"knee\t\"", e.getMessage());
    }

    @Test
    void aKindRowIsSplitAtEveryTabKeepingEmptyColumns() {
        assertArrayEquals(new String[] {"skip", "unspecified site", ""},
                RuleLines.kindRow("skip\tunspecified site\t", "rules.tsv"));
    }

    @Test
    void aKindRowWithNoWordsFailsNamingTheFileAndTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleLines.kindRow("skip\t ", "rules.tsv"));
        assertEquals("rules.tsv: bad row \"skip\t \"", e.getMessage());
    }
}
