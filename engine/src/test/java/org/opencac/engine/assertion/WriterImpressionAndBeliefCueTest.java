package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * What a condition "appeared to be" or what the patient "appears to have" is the writer's impression, and what a
 * patient did "believing that he had" a condition is his own belief: neither is a diagnosis made. "Appears to have"
 * before a verb of what happened, an emphatic "does seem to have", and a denied "does not appear to have" keep
 * their own reading (team-written sentences).
 */
class WriterImpressionAndBeliefCueTest {
    @Test
    void whatAConditionAppearedToBeIsUncertain() {
        assertTrue(assess("She was admitted with what appeared to be a flare of her colitis.", "colitis").uncertain());
        assertTrue(assess("The lesion seemed to be a lipoma on the first visit.", "lipoma").uncertain());
    }

    @Test
    void whatThePatientAppearsToHaveIsUncertain() {
        assertTrue(assess("He also appears to have a mild carpal tunnel syndrome.", "carpal tunnel syndrome").uncertain());
        assertTrue(assess("She seems to have an early cataract on the left.", "cataract").uncertain());
    }

    @Test
    void appearsToHaveBeforeAVerbOfWhatHappenedDoubtsNoCondition() {
        assertFalse(assess("The rash appears to have started after the insect bite.", "insect bite").uncertain());
        assertFalse(assess("Her knee appears to have improved since the gout was treated.", "gout").uncertain());
    }

    @Test
    void aConditionThatSeemsToHaveResolvedKeepsItsHistory() {
        assertTrue(assess("The diarrhea seems to have resolved since last week.", "diarrhea").historical());
    }

    @Test
    void anEmphaticSeemToHaveAffirms() {
        assertFalse(assess("She does seem to have a degree of generalized anxiety.", "generalized anxiety").uncertain());
    }

    @Test
    void doesNotAppearToHaveDenies() {
        assertTrue(assess("She does not appear to have any cellulitis today.", "cellulitis").negated());
    }

    @Test
    void whatThePatientBelievedHeHadIsUncertain() {
        assertTrue(assess("He took leftover antibiotics believing that he had a sinus infection.", "sinus infection")
                .uncertain());
        assertTrue(assess("She stayed home from work thinking she had influenza.", "influenza").uncertain());
    }
}
