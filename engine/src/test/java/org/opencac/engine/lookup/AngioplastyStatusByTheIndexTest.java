package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** Status, angioplasty: coronary artery Z98.61, with implant Z95.5; peripheral Z98.62, with implant Z95.820. */
class AngioplastyStatusByTheIndexTest {

    private static final String REASON = "HISTORY OF PRESENT ILLNESS: The patient comes in for chest pain. ";

    @Test
    void aPastPtcaIsTheStatusOfACoronaryAngioplasty() {
        CodingResult r = outpatient(REASON + "Years ago he was status post PTCA.");
        assertSuggested(r, "Z98.61", 5);
        assertNotSuggested(r, "Z98.62");
    }

    @Test
    void aStentWithThePastAngioplastyIsTheIndexsImplant() {
        CodingResult coronary = outpatient(REASON + "She is s/p PTCA with stent placement.");
        assertSuggested(coronary, "Z95.5", 5);
        assertNotSuggested(coronary, "Z98.61");   // Z98.61 Excludes1 the implant's Z95.5
        CodingResult written = outpatient(REASON + "He is status post coronary artery angioplasty and stenting.");
        assertSuggested(written, "Z95.5", 5);
        assertNotSuggested(written, "Z98.61");
        CodingResult peripheral = outpatient(REASON + "He is status post femoral angioplasty with a stent.");
        assertSuggested(peripheral, "Z95.820", 5);
        assertNotSuggested(peripheral, "Z95.5");
    }

    @Test
    void anAngioplastyDoneInTheEncounterIsNoStatus() {
        CodingResult r = outpatient("PROCEDURE: PTCA of the proximal right coronary artery with stent placement.\n"
                + "The balloon was inflated across the lesion and a stent was then deployed.");
        assertNotSuggested(r, "Z98.61");
        assertNotSuggested(r, "Z95.5");
    }
}
