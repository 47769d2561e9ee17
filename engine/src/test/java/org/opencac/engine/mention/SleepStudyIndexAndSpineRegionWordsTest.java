package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A sleep study's respiratory disturbance index is a count of breathing events, no respiratory disorder (J98.9);
 * a spondylolisthesis written at a level takes that level's region (M43.1-), a lesion of the cervical cord is a
 * spinal cord disease (team-written notes).
 */
class SleepStudyIndexAndSpineRegionWordsTest {

    @Test
    void theRespiratoryDisturbanceIndexIsNoRespiratoryDisorder() {
        CodingResult r = outpatient("Sleep study: the apnea hypopnea index was 40 and the respiratory disturbance"
                + " index was 45.\n"
                + "IMPRESSION: Severe obstructive sleep apnea.\n");
        assertSuggested(r, "G47.33", 3);
        assertNotSuggested(r, "J98.9");
    }

    @Test
    void aSpondylolisthesisAtACervicalLevelTakesItsRegion() {
        assertSuggested(outpatient("IMPRESSION:\n1. Spondylolisthesis at C7-T1.\n"), "M43.13", 3);
        assertSuggested(outpatient("IMPRESSION:\n1. Spondylolisthesis at C5-C6.\n"), "M43.12", 3);
        assertNotSuggested(outpatient("IMPRESSION:\n1. Spondylolisthesis at C5-C6.\n"), "M43.10");
    }

    @Test
    void aCervicalCordLesionIsASpinalCordDisease() {
        // Index: Lesion, spinal cord G95.9 (the "other specified" G95.89 needs a named disease)
        assertSuggested(outpatient("IMPRESSION:\n1. Cervical cord lesion of unclear cause.\n"), "G95.9", 3);
        assertNotSuggested(outpatient("IMPRESSION:\n1. Cervical cord lesion of unclear cause.\n"), "G95.89");
    }
}
