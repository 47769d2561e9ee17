package org.opencac.engine.lookup;

import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A lesion written "around" or "surrounding" another keeps its own site: the words before the preposition are
 * not read back as the inner lesion's site (team-written sentences).
 */
class LesionAroundAnotherTest {

    @Test
    void aWoundInsideCellulitisOfAnotherSiteKeepsItsOwnSite() {
        CodingResult r = outpatientChecked("DIAGNOSES:\n1. Cellulitis of the left forearm around a puncture wound "
                + "of the left hand.\n");
        assertSuggested(r, "S61.432A", 3);
        assertNotSuggested(r, "S51.832A");
    }

    @Test
    void aWoundOfTheSameSiteIsStillReadFromItsOwnWords() {
        assertSuggested(outpatientChecked("DIAGNOSES:\n1. Erythema surrounding a puncture wound of the left "
                + "forearm.\n"), "S51.832A", 3);
    }
}
