package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with a pronoun of the relative the sentence before is about, where that pronoun cannot be
 * the patient (the possessive before the relative names a patient of the other sex), is the relative's too.
 */
class PronounOfTheRelativeBeforeTest {

    @Test
    void heAfterHerBrotherIsTheBrother() {
        Assertion a = assess("She lives with a cat. Her brother drives a truck. He has emphysema.", "emphysema");
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void sheAfterHisMotherIsTheMother() {
        Assertion a = assess("His mother was a baker. She had ovarian cancer.", "ovarian cancer");
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void aPronounOfThePatientsOwnSexStaysThePatient() {
        Assertion a = assess("His father was a baker. He has emphysema.", "emphysema");
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }

    @Test
    void aRelativeNotTheSubjectOfTheSentenceBeforeIsNotCarried() {
        Assertion a = assess("She visited her brother. He has emphysema.", "emphysema");
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }

    @Test
    void onlyTheNextSentenceIsTheRelatives() {
        Assertion a = assess("Her brother drives a truck. He is tall. He has emphysema.", "emphysema");
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }
}
