package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.testing.NoteAssert;

/**
 * A "depression" said of a structure is a hollow in its shape, not a depressive disorder: the body part written
 * right before the word or in its "of" phrase (team-written).
 */
class AnatomicalDepressionTest {

    @Test
    void aFovealDepressionIsTheShapeOfTheFovea() {
        CodingResult r = inpatientChecked("Optical coherence tomography showed a preserved foveal depression in the left eye.");
        assertNotSuggested(r, "F32.A");
        assertEquals("other_sense", mention(r, "depression").reason());
    }

    @Test
    void aDepressionOfALobeSurfaceIsAShapeOfTheBrain() {
        assertNotSuggested(inpatientChecked("The scan found a shallow depression of the surface of the right parietal lobe."),
                "F32.A");
    }

    @Test
    void depressionBesideAnotherConditionsSiteIsStillTheDisorder() {
        CodingResult r = inpatientChecked("She is treated for depression and has knee pain after a fall.");
        org.junit.jupiter.api.Assertions.assertTrue(NoteAssert.codes(r).contains("F32.A"), NoteAssert.codes(r).toString());
    }

    @Test
    void aDepressionOfMoodIsTheDisorder() {
        CodingResult r = inpatientChecked("He has suffered a depression of mood since the winter.");
        org.junit.jupiter.api.Assertions.assertTrue(NoteAssert.codes(r).contains("F32.A"), NoteAssert.codes(r).toString());
    }
}
