package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A stage word written closed up as one word ("endstage") says what the two words of a title say ("End stage heart
 * failure"), also where the condition is an abbreviation the lexicon lists on its own (team-written sentences).
 */
class ClosedUpStageWordTest {

    @Test
    void endstageWrittenAsOneWordBeforeAnAbbreviationSelectsTheEndStageCode() {
        CodingResult closed = inpatient("Assessment: elderly man with endstage CHF, on home oxygen.");
        assertSuggested(closed, "I50.84", 3);
        assertNotSuggested(closed, "I50.9");
        assertSuggested(inpatient("Assessment: elderly man with end stage CHF, on home oxygen."), "I50.84", 3);
        assertSuggested(inpatient("Assessment: elderly man with CHF, on home oxygen."), "I50.9", 3);
    }
}
