package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A sentence that opens with a pronoun of the relative the sentence before is about, where that pronoun cannot be
 * the patient (the possessive before the relative names a patient of the other sex), is the relative's too; so is a
 * clause of the relative's own sentence that a coordinator and that pronoun open.
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

    @Test
    void aClauseOpenedBySheAfterHisMotherIsTheMothers() {
        Assertion a = assess("His mother had a goiter in her fifties, but she died of a gastric cancer at ninety.",
                "gastric cancer");
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void aClauseOpenedByThePatientsPronounStaysThePatients() {
        Assertion a = assess("His brother had a stroke last spring and he now has gout.", "gout");
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }

    @Test
    void theRelativesClauseEndsWhereThePatientsPronounOpensAnother() {
        Assertion a = assess("Her husband broke his wrist, and he cannot drive, so she has to care for him while she "
                + "has sciatica.", "sciatica");
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }
}
