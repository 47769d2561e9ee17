package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** Assertion defects seen on real notes, reproduced in the team's own wording. */
class AssertionScopeTest {
    @Test
    void negationReachesAMentionThatBeginsWithAWordThatWouldEndTheScope() {
        // "screening" is a hypothetical cue that ends a negation, but here it is the procedure's own first word
        assertTrue(assess("No screening colonoscopy was done.", "screening colonoscopy").negated());
        assertTrue(assess("She has never had a screening mammogram.", "screening mammogram").negated());
        assertFalse(assess("No screening colonoscopy was done.", "screening colonoscopy").hypothetical());
    }

    @Test
    void scopeEndingWordOutsideTheMentionStillEndsTheScope() {
        assertFalse(assess("No fever, screening for depression is planned.", "depression").negated());
    }

    @Test
    void postposedNotDoneNegatesTheProcedureBeforeIt() {
        assertTrue(assess("A diagnostic colonoscopy has not been done.", "diagnostic colonoscopy").negated());
        assertTrue(assess("Mammogram was never performed.", "Mammogram").negated());
        assertTrue(assess("Bone density scan not done.", "Bone density scan").negated());
    }

    @Test
    void relativeAsSubjectOwnsTheConditionAcrossAnAside() {
        assertEquals(Experiencer.FAMILY, assess("Her older brother, though he runs every day, has high cholesterol.",
                "high cholesterol").experiencer());
        assertEquals(Experiencer.FAMILY, assess("His mother, who lives in another state, has type 2 diabetes.",
                "type 2 diabetes").experiencer());
    }

    @Test
    void conditionInsideTheAsideIsNotSkippedIntoTheRelative() {
        // the aside belongs to the relative too, but nothing past the verb is taken from the aside
        assertEquals(Experiencer.PATIENT, assess("The patient, who has asthma, was seen today.", "asthma").experiencer());
    }

    @Test
    void possessiveRelativeOwnsTheCondition() {
        assertEquals(Experiencer.FAMILY, assess("Her sister's blood sugar has been high.", "blood sugar has been high")
                .experiencer());
        assertEquals(Experiencer.FAMILY, assess("Paternal uncle - colon cancer.", "colon cancer").experiencer());
        assertEquals(Experiencer.FAMILY, assess("Father deceased from a myocardial infarction at 61.",
                "myocardial infarction").experiencer());
    }

    @Test
    void sinceAPastYearIsOngoingNotHistorical() {
        assertFalse(assess("She has been on peritoneal dialysis since 2011.", "peritoneal dialysis").historical());
        assertFalse(assess("Persistent hoarseness since his thyroid surgery in 2014.", "Persistent hoarseness")
                .historical());
        assertTrue(assess("Gastric ulcer in 2014, treated and healed.", "Gastric ulcer").historical());
        assertTrue(assess("The rash has since cleared and resolved.", "rash").historical());
        assertTrue(assess("Left knee effusion, since resolved.", "Left knee effusion").historical());
    }

    @Test
    void inThePastReachesTheConditionAfterIt() {
        assertTrue(assess("He had surgery in the past for a perforated ulcer.", "perforated ulcer").historical());
        assertFalse(assess("Seen in the past for knee pain, now with new hip pain.", "hip pain").historical());
    }

    @Test
    void unknownWhetherIsUncertain() {
        assertTrue(assess("It is unknown whether he has ever had tuberculosis.", "tuberculosis").uncertain());
    }

    @Test
    void comparisonRelativeToIsNotAFamilyMember() {
        assertEquals(Experiencer.PATIENT, assess("Increased echogenicity relative to the kidney, suggesting fatty liver.",
                "fatty liver").experiencer());
    }

    @Test
    void immunityToAnInfectionDeniesIt() {
        assertTrue(assess("Labs: hepatitis B immune, HIV negative.", "hepatitis B").negated());
        assertTrue(assess("She is immune to measles.", "measles").negated());
    }

    @Test
    void vaccineNamesTheDiseaseItPrevents() {
        assertTrue(assess("Vaccines given today: hepatitis A, influenza.", "influenza").hypothetical());
        assertTrue(assess("Pneumococcal vaccine and tetanus booster were updated.", "tetanus").hypothetical());
    }
}
