package org.opencac.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencac.engine.RuleColumns.Letters;

class RuleColumnsTest {
    @Test
    void itemsAreTrimmedAndBlankItemsSkipped() {
        assertEquals(List.of("Cough", "Wheeze"), RuleColumns.items(" Cough , ,Wheeze,"));
    }

    @Test
    void aBlankColumnHasNoItems() {
        assertTrue(RuleColumns.items("  ").isEmpty());
    }

    @Test
    void loweredItemsLoseTheirCapitals() {
        assertEquals(List.of("discharge diagnosis", "final"), RuleColumns.items("Discharge Diagnosis, FINAL", Letters.LOWERED));
    }

    @Test
    void lowerOnlyRefusesAnItemWithACapital() {
        assertEquals(List.of("drained"), RuleColumns.items("drained", Letters.LOWER_ONLY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleColumns.items("drained, Tapped", Letters.LOWER_ONLY));
        assertTrue(e.getMessage().contains("Tapped"));
    }

    @Test
    void nonEmptyRefusesAnEmptyListWithTheCallersWords() {
        assertEquals(List.of("a"), RuleColumns.nonEmpty(List.of("a"), "needs words"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleColumns.nonEmpty(RuleColumns.items(" , "), "needs words"));
        assertEquals("needs words", e.getMessage());
    }

    @Test
    void wordSetLowersTheTrimmedWordsOfAColumn() {
        assertEquals(Set.of("fever", "night sweats"), RuleColumns.wordSet(" Fever ,Night Sweats "));
    }

    @Test
    void wordSetRefusesABlankWordThatWouldMatchAnyText() {
        for (String column : List.of("fever,,chills", "fever, ", ",fever", "  ")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> RuleColumns.wordSet(column));
            assertTrue(e.getMessage().contains("blank word"), column);
        }
    }

    @Test
    void wordSetRefusesAWordListedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleColumns.wordSet("fever, Fever"));
        assertTrue(e.getMessage().contains("twice"));
    }
}
