package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A cross-reference that writes a subterm phrase as two parts ("see Diverticulosis, intestine, small", the
 * subterm printed "small intestine") leads to that subterm, not to the main term's unspecified code.
 */
class SplitSubtermReferenceTest {

    private static CodingResult code(String text) {
        return NoteAssert.codeChecked(text, CareSetting.INPATIENT);
    }

    @Test
    void aDiverticulumOfTheJejunumIsOneOfTheSmallIntestine() {
        CodingResult r = code("Diagnosis: a diverticulum of the jejunum.");
        assertTrue(NoteAssert.codes(r).contains("K57.10"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("K57.90"), NoteAssert.codes(r).toString());
    }

    @Test
    void diverticulaOfTheCecumAreOnesOfTheLargeIntestine() {
        CodingResult r = code("Diagnosis: diverticula of the cecum.");
        assertTrue(NoteAssert.codes(r).contains("K57.30"), NoteAssert.codes(r).toString());
    }

    @Test
    void diverticulaOfTheColonAreOnesOfTheLargeIntestine() {
        CodingResult r = code("Diagnosis: diverticula of the colon.");
        assertTrue(NoteAssert.codes(r).contains("K57.30"), NoteAssert.codes(r).toString());
    }
}
