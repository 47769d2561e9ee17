package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessPath;

import org.junit.jupiter.api.Test;

/** A cue said inside brackets speaks of the bracketed aside only; its closing bracket ends the scope (team-written). */
class ClosingBracketEndsTheScopeTest {

    @Test
    void aNegationInsideBracketsStopsAtTheClosingOne() {
        assertFalse(assess("She came in (no fever) with a wet cough since Monday.", "cough").negated());
    }

    @Test
    void theBracketedFindingItselfIsStillDenied() {
        assertTrue(assess("She came in (no fever) with a wet cough since Monday.", "fever").negated());
    }

    @Test
    void aFindingAfterAnAbsenceInBracketsIsPresent() {
        assertFalse(assess("Dilated loops (absence of air) in the left flank with an ileus.", "ileus").negated());
    }

    @Test
    void aNegationBeforeTheBracketsStillReachesPastThem() {
        assertTrue(assess("She has no fever (temperature 36.9) or chills.", "chills").negated());
    }

    @Test
    void aHistoryCueInsideBracketsDoesNotDateWhatFollows() {
        assertFalse(assess("Known lesion (history of gastritis) now with melena.", "melena").historical());
    }

    @Test
    void aPathBegunInTheBracketsIsNotDeniedWhenItsMainTermComesAfterThem() {
        assertFalse(assessPath("The left tympanic membrane (not the treated ear) shows a clear infection today.",
                "ear) shows a clear infection", "Infection \u2192 ear (middle) \u2192 see Otitis, media", "H66.90")
                .negated());
    }

    @Test
    void aPathWhoseMainTermIsInsideTheBracketsIsStillDenied() {
        assertTrue(assessPath("Back for review (no fever) and a lingering cough since Friday.",
                "fever) and a lingering", "Fever \u2192 persistent", "R50.9").negated());
    }
}
