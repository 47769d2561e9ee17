package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * Whose condition a sentence about a relative names: the relative stays the subject across a second verb and a
 * passive verb, and over a longer stretch of words; a relative who tells, looks after or comes with the patient,
 * a patient named with the relative as one subject, and a twin gestation name the patient's condition.
 */
class RelativeAsSubjectTest {
    private static Experiencer who(String sentence, String phrase) {
        return assess(sentence, phrase).experiencer();
    }

    @Test
    void aRelativeStaysTheSubjectOfASecondVerb() {
        assertEquals(Experiencer.FAMILY, who("Her mother is healthy and has hypothyroidism.", "hypothyroidism"));
    }

    @Test
    void aPassiveVerbEndsNoRelativesScope() {
        assertEquals(Experiencer.FAMILY, who("Her husband was found to have hepatitis C.", "hepatitis C"));
        assertEquals(Experiencer.FAMILY, who("Ovarian cancer was reported in her maternal aunt.", "Ovarian cancer"));
    }

    @Test
    void aSiblingsIllnessSomeWordsAfterTheSiblingIsTheSiblings() {
        assertEquals(Experiencer.FAMILY, who("Both sisters at home are sick with cold symptoms including diarrhea.",
                "diarrhea"));
        assertEquals(Experiencer.FAMILY, who("One of her younger sisters living at home was recently diagnosed with"
                + " asthma.", "asthma"));
    }

    @Test
    void aRelativeWhoTellsLooksAfterOrComesWithThePatientNamesThePatientsCondition() {
        assertEquals(Experiencer.PATIENT, who("His wife and son note that he is confused at night.", "confused"));
        assertEquals(Experiencer.PATIENT, who("The parents pointed out a rash on his back.", "rash"));
        assertEquals(Experiencer.PATIENT, who("He was sent home in the care of his mother with a diagnosis of ankle"
                + " sprain.", "ankle sprain"));
        assertEquals(Experiencer.PATIENT, who("She comes in with Mom and Dad for her asthma follow-up.", "asthma"));
        assertEquals(Experiencer.PATIENT, who("He and his wife noticed his slurred speech.", "slurred speech"));
        assertEquals(Experiencer.PATIENT, who("She is a product of a twin gestation complicated by mild prematurity.",
                "prematurity"));
        assertEquals(AssertionStatus.NEGATED, assess("Mom denies any vomiting.", "vomiting").status());
    }

    @Test
    void aRelativeThePatientVisitsNamesThePatientsCondition() {
        assertEquals(Experiencer.PATIENT, who("She flew in to visit her son and has a history of diabetes.", "diabetes"));
        assertEquals(Experiencer.PATIENT, who("He was visiting his daughter last week when his chest pain began.",
                "chest pain"));
    }

    @Test
    void aFamilyHistoryEndsTheScopeOfAScreening() {
        assertEquals(Experiencer.FAMILY, who("Screening colonoscopy and family history of colon polyps.", "colon polyps"));
        assertEquals(AssertionStatus.PRESENT,
                assess("Screening colonoscopy and family history of colon polyps.", "colon polyps").status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess("Screening colonoscopy for colon cancer.", "colon cancer").status());
    }
}
