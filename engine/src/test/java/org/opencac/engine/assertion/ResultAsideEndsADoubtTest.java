package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A bracketed aside that reports what a tissue test read ("(lipoma by frozen section)") states a result: a doubt
 * said before the bracket does not reach it, while an aside that reports no test stays in the doubt (team-written).
 */
class ResultAsideEndsADoubtTest {

    @Test
    void aFrozenSectionReadingInBracketsIsNoLongerInDoubt() {
        assertFalse(assess("Left thigh mass with possible nerve involvement (schwannoma by frozen section).",
                "schwannoma").uncertain());
    }

    @Test
    void aFinalPathologyReadingInBracketsIsNoLongerInDoubt() {
        assertFalse(assess("Pelvic mass, possibly ovarian (mature teratoma on final pathology).", "mature teratoma")
                .uncertain());
    }

    @Test
    void anAsideThatReportsNoTestStaysInTheDoubt() {
        assertTrue(assess("Probable pneumonia (right lower lobe) on the chest film.", "pneumonia").uncertain());
    }

    @Test
    void theDoubtStillReachesItsOwnWordsBeforeAResultAside() {
        assertTrue(assess("Neck mass with possible lymphadenitis (lymphoma per biopsy).", "lymphadenitis").uncertain());
    }
}
