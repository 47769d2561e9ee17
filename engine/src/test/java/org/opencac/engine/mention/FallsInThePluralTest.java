package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.opencac.engine.suggest.CodingResult;

import org.junit.jupiter.api.Test;

/**
 * The Index writes "Falling, falls (repeated)" R29.6 in the plural: falls listed as a diagnosis are the finding,
 * while a single fall is an external cause with no code of its own, and a measure that falls is no fall at all.
 */
class FallsInThePluralTest {

    @Test
    void fallsListedAsADiagnosisAreRepeatedFalls() {
        assertSuggested(inpatientChecked("Discharge diagnoses: 1. Falls. 2. Essential hypertension."), "R29.6", 3);
    }

    @Test
    void aSingleFallIsNotRepeatedFalls() {
        assertNotSuggested(inpatientChecked("Assessment: a fall from a stepladder while pruning his hedge."), "R29.6");
    }

    @Test
    void aMeasureThatFallsOrFallingAsleepIsNotAFall() {
        assertNotSuggested(inpatientChecked("The oxygen saturation falls from the aorta to the pulmonary artery."),
                "R29.6");
        assertNotSuggested(inpatientChecked("Her dizziness worsened with falls in BP while standing."), "R29.6");
        assertNotSuggested(inpatientChecked("He falls asleep watching television every evening."), "R29.6");
    }

    @Test
    void fallsAnsweredNoneAreNegated() {
        CodingResult r = inpatientChecked("Falls in the past year: none.");
        assertNotSuggested(r, "R29.6");
        assertEquals("negated", mention(r, "Falls").assertion());
    }
}
