package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A finding given a low grade after a comma ("no rales, mild wheezing") or a grade or size after "and" ("no
 * pneumothorax and small effusions") is found, not one more denied; after "or" a grade stays in the denial
 * (team-written).
 */
class GradedFindingAfterADenialTest {

    @Test
    void aMildFindingAfterACommaIsPresent() {
        assertFalse(assess("No crackles, mild wheezing on the left.", "wheezing").negated());
    }

    @Test
    void theDeniedItemBeforeCommaMildStaysDenied() {
        assertTrue(assess("No crackles, mild wheezing on the left.", "crackles").negated());
    }

    @Test
    void aSmallFindingAfterAndIsPresent() {
        assertFalse(assess("No pneumothorax and small effusions.", "effusions").negated());
    }

    @Test
    void aModerateFindingAfterAndIsPresent() {
        assertFalse(assess("Negative for giardia and moderate steatorrhea.", "steatorrhea").negated());
    }

    @Test
    void aGradeAfterOrStaysDenied() {
        assertTrue(assess("No moderate or severe stenosis.", "stenosis").negated());
    }
}
