package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * Cues read on their own words rather than a word inside them: an open question ("unsure if") hedges, a choice put
 * ("whether or not") denies nothing, a stone "never passed" is still there, an event that dates a denied finding
 * ("at the time of the fall"), a new clause ("and appeared ...") and a graded finding after "and" end the negation, a consequence list after
 * "could result in" runs to the end of its sentence, and a test done for a hedged condition ("checked for possible
 * malignancy") makes it suspected, not merely looked for (team-written sentences).
 */
class OpenQuestionAndEventTimeCueTest {
    @Test
    void anOpenQuestionIsUncertainNotConditional() {
        Assertion a = assess("Unsure if the redness is from the splint or from cellulitis.", "cellulitis");
        assertTrue(a.uncertain());
        assertFalse(a.hypothetical());
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("Call us if the redness spreads or cellulitis develops.", "cellulitis").status());
    }

    @Test
    void whetherOrNotPutsAChoiceAndDeniesNothing() {
        // coded, as every mention in the pipeline is: the operative-risk cue on "discussed" reads only its codes
        assertEquals(AssertionStatus.PRESENT,
                assessCoded("We discussed whether or not to excise the lipoma.", "lipoma", "D17.9").status());
        assertTrue(assess("She does not have gout.", "gout").negated());
    }

    @Test
    void dependingOnWhetherIsAConditionAndHidesItsNot() {
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("Therapy depends on whether or not he develops psoriatic arthritis.", "psoriatic arthritis")
                        .status());
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("Follow-up will vary depending on whether she has another seizure.", "seizure").status());
    }

    @Test
    void aStoneNeverPassedIsStillThere() {
        assertEquals(AssertionStatus.PRESENT, assess("He has never passed the ureteral stone.", "ureteral stone").status());
        assertTrue(assess("He has never had a kidney stone.", "kidney stone").negated());
    }

    @Test
    void theEventThatDatesADeniedFindingIsNotDenied() {
        assertEquals(AssertionStatus.PRESENT,
                assess("There was no bleeding at the time of the wrist fracture.", "wrist fracture").status());
        assertTrue(assess("There was no bleeding at the time of the wrist fracture.", "bleeding").negated());
    }

    @Test
    void aNewClauseAfterAndAppearedEndsTheNegation() {
        assertEquals(AssertionStatus.PRESENT,
                assess("She was not eating and appeared lethargic on arrival.", "lethargic").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("He was not in pain and seemed disoriented.", "disoriented").status());
    }

    @Test
    void aGradedFindingAfterAndIsFoundNotDenied() {
        String s = "The echo shows no evidence of tamponade and mild mitral regurgitation.";
        assertEquals(AssertionStatus.PRESENT, assess(s, "mitral regurgitation").status());
        assertTrue(assess(s, "tamponade").negated());
        assertTrue(assess("There is no moderate or severe aortic stenosis.", "aortic stenosis").negated());
        assertTrue(assess("Denies fever, dizziness and severe headache.", "severe headache").negated());
    }

    @Test
    void aConsequenceListRunsToTheEndOfItsSentence() {
        String s = "An untreated infection could result in slow healing, fever, chills, spreading redness and in"
                + " the end the formation of an abscess.";
        assertEquals(AssertionStatus.HYPOTHETICAL, assess(s, "abscess").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("Smoking can result in emphysema. His gout is stable.", "gout").status());
    }

    @Test
    void aTestForAHedgedConditionIsUncertain() {
        Assertion hedged = assess("The mass was biopsied to check the tissue for possible lymphoma.", "lymphoma");
        assertTrue(hedged.uncertain());
        assertFalse(hedged.hypothetical());
        Assertion tested = assess("She was tested for possible strep pharyngitis.", "strep pharyngitis");
        assertTrue(tested.uncertain());
        assertFalse(tested.hypothetical());
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("She was tested for strep pharyngitis.", "strep pharyngitis").status());
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("Watch the incision for possible infection.", "infection").status());
    }
}
