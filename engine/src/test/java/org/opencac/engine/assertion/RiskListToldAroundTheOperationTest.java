package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A risk list told with the operation between the risk word and the list ("complications of the surgery
 * including"), with the telling verb before it ("risks discussed were") or read back from "were then discussed" is
 * hypothetical; "felt to be good" judges a result and "history and exam findings" are today's, neither a doubt nor
 * a past condition (team-written).
 */
class RiskListToldAroundTheOperationTest {

    @Test
    void aComplicationListedAfterTheOperationIsHypothetical() {
        assertTrue(assess("He was told the benefits and complications of the procedure including wound infection.",
                "wound infection").hypothetical());
    }

    @Test
    void aRiskListedAfterDiscussedWereIsHypothetical() {
        assertTrue(assess("Risks otherwise discussed were bleeding and wound infection.", "wound infection")
                .hypothetical());
    }

    @Test
    void aRiskListReadBackFromWereThenDiscussedIsHypothetical() {
        assertTrue(assess("Bleeding and potential complications of the block were then discussed with her.",
                "complications").hypothetical());
    }

    @Test
    void aFindingReviewedWereWithoutARiskWordIsPresent() {
        assertFalse(assess("The films reviewed were notable for a wound infection.", "wound infection")
                .hypothetical());
    }

    @Test
    void aResultFeltToBeGoodIsNoDoubtOfTheCondition() {
        assertFalse(assess("There was felt to be good alignment of the fracture.", "fracture").uncertain());
    }

    @Test
    void aConditionFeltToBeIsStillUncertain() {
        assertTrue(assess("This was felt to be a stress fracture.", "stress fracture").uncertain());
    }

    @Test
    void historyAndExamFindingsAreNotAPastCondition() {
        assertFalse(assess("The history and exam findings of arm weakness suggest a stroke.", "arm weakness")
                .historical());
    }
}
