package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A habit lasting until a past decade or told with the point it was given up is former; a doubt written after what
 * had come about; a cataract whose operation is dated in the past is history; the delivery verb ends a negative test
 * result's reach; 'previously' before a wound's closure dates the closure, not its breakdown; a stroke named as
 * the source of the deficits it left is an earlier one.
 */
class PastDateHabitAndDeliveryCueTest {

    @Test
    void aHabitLastingUntilAPastDecadeIsFormer() {
        assertTrue(assessCoded("He was a heavy drinker until the early 1990s.", "heavy drinker", "F10.10")
                .historical());
    }

    @Test
    void aHabitToldWithThePointItWasGivenUpIsFormer() {
        assertTrue(assessCoded("She had alcohol dependence for years before she quit.", "alcohol dependence",
                "F10.20").historical());
        assertFalse(assessCoded("He noticed chest pain when he stopped jogging.", "chest pain", "R07.9")
                .historical());
    }

    @Test
    void hadProbablyOccurredHedgesTheFindingBeforeIt() {
        assertTrue(assess("Fibrosis had probably occurred by that time.", "Fibrosis").uncertain());
    }

    @Test
    void aCataractWhoseOperationIsDatedInThePastIsHistory() {
        assertTrue(assessCoded("He underwent cataract surgery in 03/12 on the left eye.", "cataract", "H26.9")
                .historical());
    }

    @Test
    void theDeliveryVerbEndsANegativeResultsReach() {
        assertFalse(assess("Group B strep negative, she delivered a viable male infant.",
                "viable male infant").negated());
    }

    @Test
    void previouslyBeforeAWoundsClosureDatesTheClosure() {
        assertFalse(assess("There is partial dehiscence of previously closed incisions.", "dehiscence")
                .historical());
    }

    @Test
    void aStrokeNamedAsTheSourceOfWhatItLeftIsAnEarlierOne() {
        assertTrue(assessCoded("She has mild residual weakness from her stroke.", "stroke", "I63.9").historical());
    }
}
