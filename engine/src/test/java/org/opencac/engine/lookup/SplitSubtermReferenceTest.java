package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A cross-reference that writes a subterm phrase as two parts ("see Diverticulosis, intestine, small", the
 * subterm printed "small intestine") leads to that subterm, not to the main term's unspecified code.
 */
class SplitSubtermReferenceTest {

    @Test
    void aDiverticulumOfTheJejunumIsOneOfTheSmallIntestine() {
        CodingResult r = inpatientChecked("Diagnosis: a diverticulum of the jejunum.");
        assertTrue(NoteAssert.codes(r).contains("K57.10"), NoteAssert.codes(r).toString());
        assertFalse(NoteAssert.codes(r).contains("K57.90"), NoteAssert.codes(r).toString());
    }

    @Test
    void diverticulaOfTheCecumAreOnesOfTheLargeIntestine() {
        CodingResult r = inpatientChecked("Diagnosis: diverticula of the cecum.");
        assertTrue(NoteAssert.codes(r).contains("K57.30"), NoteAssert.codes(r).toString());
    }

    @Test
    void diverticulaOfTheColonAreOnesOfTheLargeIntestine() {
        CodingResult r = inpatientChecked("Diagnosis: diverticula of the colon.");
        assertTrue(NoteAssert.codes(r).contains("K57.30"), NoteAssert.codes(r).toString());
    }
}
