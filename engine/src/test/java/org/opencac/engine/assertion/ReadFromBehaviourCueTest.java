package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A condition someone reads from behaviour or looks ("acting like he has", "looks like she has") is not stated:
 * uncertain, so not coded for an outpatient (rule {@code unc_acting_like}). Sentences are our own.
 */
class ReadFromBehaviourCueTest {

    @Test
    void aConditionReadFromBehaviourIsUncertain() {
        CodingResult r = outpatientChecked("HPI: He is sort of acting like he has a bit of a sore throat.\n"
                + "ASSESSMENT: Well child check.\n");
        assertNotSuggested(r, "J02.9");
        assertEquals("uncertain", mention(r, "sore throat").reason());
        assertSuggested(r, "Z00.129", 3);
    }

    @Test
    void aSimileAfterAStatedSymptomLeavesItPresent() {
        assertSuggested(outpatientChecked("ASSESSMENT: He has a sore throat and it feels like sandpaper.\n"),
                "J02.9", 3);
    }
}
