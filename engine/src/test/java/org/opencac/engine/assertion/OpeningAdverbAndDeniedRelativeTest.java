package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A cue opening its sentence before a comma sets the whole sentence; a relative the sentence denies denies the
 * relative's conditions; a denied reading ("not consistent with") is a negation, not a doubt.
 */
class OpeningAdverbAndDeniedRelativeTest {

    @Test
    void historicallyOpeningASentenceMakesItsConditionHistorical() {
        assertTrue(assess("Historically, she has had migraines.", "migraines").historical());
        assertTrue(assess("Previously, she had a miscarriage.", "miscarriage").historical());
    }

    @Test
    void aHedgeOpeningASentenceReachesPastTheSubjectAndVerbAfterItsComma() {
        assertTrue(assess("Probably, he has a urinary tract infection.", "urinary tract infection").uncertain());
        assertTrue(assess("Possibly, there is a small pleural effusion.", "pleural effusion").uncertain());
    }

    @Test
    void theOpeningCueReachesPastALaterClauseOfItsSentence() {
        Assertion a = assess(",Historically, her first husband hit her at age 20, and she had a miscarriage.",
                "miscarriage");
        assertTrue(a.historical());
        assertEquals(Experiencer.PATIENT, a.experiencer());
    }

    @Test
    void aNegationOpeningASentenceStillEndsAtANewClause() {
        assertFalse(assess("No, she has a cough since Monday.", "cough").negated());
    }

    @Test
    void aDeniedRelativeDeniesTheRelativesCondition() {
        Assertion a = assess("He has never been treated for depression or had a family member with alcoholism.",
                "alcoholism");
        assertTrue(a.negated());
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void everAfterOrCarriesTheNegationOn() {
        Assertion a = assess("Never took any antidepressants or have ever had a family member with mental illness.",
                "mental illness");
        assertTrue(a.negated());
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void aRelativeCueReadBackwardDeniesNothingBeforeTheNegation() {
        Assertion a = assess("Mother (CAD), no DM in relatives.", "CAD");
        assertFalse(a.negated());
        assertEquals(Experiencer.FAMILY, a.experiencer());
    }

    @Test
    void nobodyOrNoneOfTheRelativesIsADeniedRelative() {
        Assertion nobody = assess("Nobody in the family has had colon cancer.", "colon cancer");
        assertTrue(nobody.negated());
        assertEquals(Experiencer.FAMILY, nobody.experiencer());
        Assertion none = assess("None of her siblings has diabetes.", "diabetes");
        assertTrue(none.negated());
        assertEquals(Experiencer.FAMILY, none.experiencer());
    }

    @Test
    void aReadingDeniedIsNegatedNotUncertain() {
        Assertion a = assess("The biopsy findings are not consistent with malignancy.", "malignancy");
        assertTrue(a.negated());
        assertFalse(a.uncertain());
        assertTrue(assess("The rash is inconsistent with cellulitis.", "cellulitis").negated());
        assertTrue(assess("The rash is consistent with cellulitis.", "cellulitis").uncertain());
    }

    @Test
    void aRelativeWhoTellsOfThePatientIsNoExperiencer() {
        assertEquals(Experiencer.PATIENT, assess("She is according to the patient's daughter showing signs of"
                + " depression.", "depression").experiencer());
        assertEquals(Experiencer.PATIENT, assess("Per his wife he has been snoring loudly.", "snoring").experiencer());
    }

    @Test
    void aDecadeOfLifeGoneByIsHistorical() {
        assertTrue(assess("He had migraine headaches in his twenties.", "migraine headaches").historical());
    }
}
