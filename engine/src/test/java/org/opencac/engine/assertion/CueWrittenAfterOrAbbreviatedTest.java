package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * Cues of dictated forms written after what they modify or in shorthand: a minus sign after a finding, a
 * diagnosis that "is a possibility", a grandparent written "MGM", an inverted conditional opened by "a",
 * a condition of a pregnancy that is over, care not needed for a condition and a relative deceased from one.
 */
class CueWrittenAfterOrAbbreviatedTest {

    @Test
    void minusSignAfterAFindingNegatesItAndNotTheNextItem() {
        assertEquals(AssertionStatus.NEGATED, assess("Cough (-), fever (-), sore throat (+).", "Cough").status());
        assertEquals(AssertionStatus.PRESENT, assess("Cough (-), fever (-), sore throat (+).", "sore throat").status());
        assertEquals(AssertionStatus.NEGATED, assess("ROS: (-) fever, (-) chills, (+) nausea.", "chills").status());
    }

    @Test
    void diagnosisThatIsAPossibilityIsUncertain() {
        assertEquals(AssertionStatus.UNCERTAIN, assess("Sarcoidosis is a possibility.", "Sarcoidosis").status());
        assertEquals(AssertionStatus.UNCERTAIN, assess("Lupus is in the differential.", "Lupus").status());
    }

    @Test
    void possibilityOfWhatFollowsLeavesTheConditionBeforeItPresent() {
        assertEquals(AssertionStatus.PRESENT, assess(
                "She has a fever and there is a possibility of infection.", "fever").status());
        assertEquals(AssertionStatus.UNCERTAIN, assess(
                "She has a fever and there is a possibility of infection.", "infection").status());
    }

    @Test
    void grandparentWrittenAsAnAbbreviationIsFamily() {
        assertEquals(Experiencer.FAMILY, assess("MGM with breast cancer.", "breast cancer").experiencer());
        Assertion past = assess("PGF had colon cancer.", "colon cancer");
        assertEquals(Experiencer.FAMILY, past.experiencer());
        assertEquals(AssertionStatus.HISTORICAL, past.status());
    }

    @Test
    void inverseConditionalOpenedByAnArticleIsHypothetical() {
        assertEquals(AssertionStatus.HYPOTHETICAL, assess("Should a rash occur, stop the medication.", "rash").status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess("Precautions for seizures were reviewed.", "seizures").status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(
                "He was counseled on how to recognize hypoglycemia.", "hypoglycemia").status());
        assertEquals(AssertionStatus.HYPOTHETICAL, assess("Observe for withdrawal symptoms.", "withdrawal symptoms").status());
    }

    @Test
    void conditionOfAPregnancyThatIsOverIsHistorical() {
        assertEquals(AssertionStatus.HISTORICAL, assess(
                "She had preeclampsia with her first pregnancy.", "preeclampsia").status());
        assertEquals(AssertionStatus.PRESENT, assess(
                "A woman with preeclampsia at 34 weeks of gestation.", "preeclampsia").status());
    }

    @Test
    void conditionFormerlyHadOrOutgrownIsHistorical() {
        assertEquals(AssertionStatus.HISTORICAL, assess("He formerly had psoriasis.", "psoriasis").status());
        assertEquals(AssertionStatus.HISTORICAL, assess("Eczema as a toddler, since outgrown.", "Eczema").status());
    }

    @Test
    void careNotNeededForAConditionLeavesTheConditionPresent() {
        assertEquals(AssertionStatus.PRESENT, assess("He was never hospitalized for asthma.", "asthma").status());
        assertEquals(AssertionStatus.PRESENT, assess("The patient does not want surgery for her hernia.", "hernia").status());
        assertEquals(AssertionStatus.NEGATED, assess("No hospitalizations and no asthma.", "asthma").status());
    }

    @Test
    void relativeDeceasedFromAConditionHadIt() {
        Assertion past = assess("Mother deceased from ovarian cancer.", "ovarian cancer");
        assertEquals(Experiencer.FAMILY, past.experiencer());
        assertEquals(AssertionStatus.HISTORICAL, past.status());
    }
}
