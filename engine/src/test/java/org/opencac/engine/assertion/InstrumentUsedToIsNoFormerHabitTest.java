package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * "was used to" tells an instrument's purpose ("a curette was used to remove the polyps"), not a former habit as
 * "used to drink" does (team-written).
 */
class InstrumentUsedToIsNoFormerHabitTest {

    @Test
    void whatAnInstrumentWasUsedToRemoveIsNotHistorical() {
        assertFalse(assess("A curette was used to remove the polyps.", "polyps").historical());
    }

    @Test
    void aHabitThePatientUsedToHaveIsHistorical() {
        // a habit mention carries its code from its own words
        assertTrue(assessCoded("She used to drink alcohol daily.", "alcohol", "F10.10").historical());
    }
}
