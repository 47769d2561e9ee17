package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/** Findings as case reports translated from Spanish word them are coded as their English names are. */
class TranslatedFindingWordsTest {

    @Test
    void oligoanuriaIsAnuriaAndOliguria() {
        CodingResult r = inpatientChecked("On the third day he developed oligoanuria.");
        assertTrue(NoteAssert.codes(r).contains("R34"), NoteAssert.codes(r).toString());
    }

    @Test
    void tenesmusIsRectalUnlessVesical() {
        CodingResult rectal = inpatientChecked("She complained of tenesmus for two months.");
        assertTrue(NoteAssert.codes(rectal).contains("R19.8"), NoteAssert.codes(rectal).toString());
        CodingResult vesical = inpatientChecked("She complained of vesical tenesmus for two months.");
        assertTrue(NoteAssert.codes(vesical).contains("R30.1"), NoteAssert.codes(vesical).toString());
        assertFalse(NoteAssert.codes(vesical).contains("R19.8"), NoteAssert.codes(vesical).toString());
    }

    @Test
    void rectorrhagiaIsBleedingFromTheRectum() {
        CodingResult r = inpatientChecked("He was admitted for rectorrhagia of one week.");
        assertTrue(NoteAssert.codes(r).contains("K62.5"), NoteAssert.codes(r).toString());
    }
}
