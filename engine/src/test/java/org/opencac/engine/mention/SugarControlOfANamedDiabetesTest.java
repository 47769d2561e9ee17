package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Blood sugars told out of control or poorly controlled are the control of the diabetes the sentence, or the one
 * before it, names: with it the diabetes with hyperglycemia (Index: Diabetes, poorly controlled); said of no
 * diabetes they code nothing ({@code @previous_sentence} in trigger_senses.tsv's needs column).
 */
class SugarControlOfANamedDiabetesTest {
    @Test
    void poorlyControlledSugarsInTheDiabetesSentenceAreItsHyperglycemia() {
        var r = outpatient("Type 1 diabetes mellitus, sugars poorly controlled.");
        assertSuggested(r, "E10.65", 1);
        assertNotSuggested(r, "E10.9");
    }

    @Test
    void uncontrolledGlucoseInTheStatementAfterTheDiabetesIsItsHyperglycemia() {
        var r = outpatient("He has type 2 diabetes. Uncontrolled blood glucose on the meter this week.");
        assertSuggested(r, "E11.65", 1);
        assertNotSuggested(r, "E11.9");
    }

    @Test
    void uncontrolledGlucoseWithoutADiabetesCodesNothing() {
        var r = outpatient("Uncontrolled blood glucose readings after the steroid course.");
        assertNotSuggested(r, "R73.9");
        Assertions.assertTrue(r.suggestions().stream().noneMatch(s -> s.code().startsWith("E1")));
    }

    @Test
    void sugarsToldWellControlledTooAreNotAPoorControl() {
        var r = outpatient("Type 2 diabetic with poorly controlled sugars in the spring, well controlled since.");
        assertSuggested(r, "E11.9", 1);
        assertNotSuggested(r, "E11.65");
    }
}
