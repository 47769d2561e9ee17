package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * A denial written after the findings ("hallucinations were denied", "fever and chills were both denied") negates
 * them, reaching back over their list but not into an earlier clause; an alternative set aside by "rather than" or
 * "as opposed to" is not the patient's, while the cause kept before it is (team-written sentences).
 */
class DeniedAfterTheFindingAndSetAsideTest {
    @Test
    void aPassiveDenialAfterTheFindingNegatesIt() {
        assertTrue(assess("Hallucinations were denied.", "Hallucinations").negated());
        assertTrue(assess("Homicidal ideation is denied by the patient.", "Homicidal ideation").negated());
    }

    @Test
    void aPassiveDenialReachesBackOverItsList() {
        assertTrue(assess("Fever, chills and night sweats were all denied.", "chills").negated());
        assertTrue(assess("Headache and blurred vision were both denied.", "Headache").negated());
    }

    @Test
    void aPassiveDenialStopsAtTheClauseBeforeIt() {
        assertEquals(AssertionStatus.PRESENT,
                assess("He has gout; joint swelling elsewhere was denied.", "gout").status());
    }

    @Test
    void theAlternativeSetAsideIsNegatedAndTheCauseKeptIsNot() {
        assertTrue(assess("The chest pain is from reflux rather than angina.", "angina").negated());
        assertEquals(AssertionStatus.PRESENT,
                assess("The chest pain is from reflux rather than angina.", "reflux").status());
        assertTrue(assess("The swelling looks like cellulitis as opposed to gout.", "gout").negated());
    }

    @Test
    void aRiskWeighedRatherThanTakenStaysHypothetical() {
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("We stopped the anticoagulant rather than risk bleeding.", "bleeding").status());
    }
}
