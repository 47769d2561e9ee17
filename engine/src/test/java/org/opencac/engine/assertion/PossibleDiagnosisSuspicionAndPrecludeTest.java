package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * A diagnosis named before "is also possible" or "also a possible diagnosis" is weighed, not made; the writer's
 * "I suspect that" reaches past a time phrase within its clause; a condition that "could not be precluded" is still
 * possible, not denied (team-written sentences).
 */
class PossibleDiagnosisSuspicionAndPrecludeTest {

    @Test
    void aDiagnosisAlsoPossibleIsWeighed() {
        assertTrue(assess("Gout is also possible, given the swollen toe.", "Gout").uncertain());
        assertTrue(assess("Pseudogout is equally possible.", "Pseudogout").uncertain());
    }

    @Test
    void aDiagnosisNamedAlsoAPossibleDiagnosisIsWeighed() {
        assertTrue(assess("Sarcoidosis is also a possible diagnosis, so we will biopsy the node.", "Sarcoidosis")
                .uncertain());
        String s = "She has asthma and a possible diagnosis of lupus.";
        assertEquals(AssertionStatus.PRESENT, assess(s, "asthma").status());
        assertTrue(assess(s, "lupus").uncertain());
    }

    @Test
    void theSuspicionReachesPastATimePhraseWithinItsClause() {
        assertTrue(assessCoded("I suspect that at the time of his first visit to the clinic he had pneumonia.", "pneumonia",
                "J18.9").uncertain());
        assertEquals(AssertionStatus.PRESENT, assess(
                "I suspect that the rash is viral, and his hypertension is well controlled today.", "hypertension")
                .status());
    }

    @Test
    void aConditionNotPrecludedIsStillPossible() {
        Assertion a = assess("We could not preclude drug-induced hepatitis.", "drug-induced hepatitis");
        assertTrue(a.uncertain());
        assertTrue(!a.negated());
        assertTrue(assess("Drug-induced lupus cannot be precluded at this point.", "Drug-induced lupus").uncertain());
        assertEquals(AssertionStatus.PRESENT,
                assess("His asthma does not preclude the knee surgery.", "asthma").status());
    }
}
