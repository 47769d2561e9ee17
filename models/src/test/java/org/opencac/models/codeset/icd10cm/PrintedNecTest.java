package org.opencac.models.codeset.icd10cm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Index prints "NEC" after some main terms ("Cholestasis NEC", "Pneumopathy NEC"): a coding note, never a word a
 * note writes, so the term is found by its own words.
 */
class PrintedNecTest {

    @Test
    void aMainTermPrintedWithNecIsFoundByItsWordAlone() {
        assertEquals(List.of("cholestasis"), AlphabeticIndex.keys("Cholestasis NEC"));
        assertEquals(List.of("hammer toe"), AlphabeticIndex.keys("Hammer toe NEC"));
    }

    @Test
    void formsOfOneWordStayFormsWhenTheLastCarriesNec() {
        assertEquals(List.of("leukoderma", "leukodermia"), AlphabeticIndex.keys("Leukoderma, leukodermia NEC"));
    }

    @Test
    void theQualifierAfterTheCommaHoldsNoNec() {
        assertEquals("muscle", AlphabeticIndex.qualifier("Overuse, muscle NEC"));
        assertEquals("nontraumatic", AlphabeticIndex.qualifier("Fracture, nontraumatic, NEC").replace(",", "").trim());
    }

    @Test
    void necInsideAWordOrInLowerCaseIsKept() {
        assertEquals("Necrosis", AlphabeticIndex.termText("Necrosis"));
        assertFalse(AlphabeticIndex.aliases("Crohn's disease NEC", new HashSet<>()).contains("crohn nec"));
    }
}
