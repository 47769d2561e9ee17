package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;

/**
 * A serious condition written beside "death" is a risk of an operation in consent text, but the patient's own
 * condition when the sentence tells the death that happened: it occurred, the patient died, or the condition is
 * its cause (trigger_senses.tsv). Sentences are our own.
 */
class ConditionToldWithTheDeathItCausedTest {

    @Test
    void theConditionNamedAsTheCauseOfDeathIsCoded() {
        assertSuggested(inpatientChecked(
                "The autopsy report gave a pulmonary embolism as the cause of death.\n"), "I26.99", 10);
    }

    @Test
    void shockFollowedByTheDeathThatOccurredIsCoded() {
        assertSuggested(inpatientChecked(
                "On the second day she developed anuria and shock, and death occurred that evening.\n"), "R57.9", 10);
    }

    @Test
    void aConditionListedWithDeathAmongTheRisksOfAnOperationIsStillNotCoded() {
        assertNotSuggested(inpatientChecked(
                "The risks of the operation, including bleeding, pulmonary embolism and death, were explained.\n"),
                "I26.99");
    }
}
