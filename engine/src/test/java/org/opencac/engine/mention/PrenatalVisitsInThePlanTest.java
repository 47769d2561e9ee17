package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * The supervision of a normal pregnancy (Z34.-) is the reason of a routine prenatal visit; prenatal visits
 * named in the plan are later encounters, not this one's reason (trigger_senses.tsv). Sentences are our own.
 */
class PrenatalVisitsInThePlanTest {

    @Test
    void prenatalVisitsPlannedWithTheObstetricianAreNotThisEncountersReason() {
        CodingResult r = outpatientChecked("PLAN:\nShe will follow up with her obstetrician for continued prenatal"
                + " care.\n");
        assertNotSuggested(r, "Z34.90");
    }

    @Test
    void aRoutinePrenatalVisitTodayIsSupervisionOfPregnancy() {
        CodingResult r = outpatientChecked("REASON FOR VISIT:\nRoutine prenatal visit today, no complaints.\n");
        assertSuggested(r, "Z34.90", 5);
    }
}
