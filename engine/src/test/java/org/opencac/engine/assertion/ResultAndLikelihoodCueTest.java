package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;
import static org.opencac.engine.assertion.MentionFixture.assessCoded;

import org.junit.jupiter.api.Test;

/**
 * Likelihood written around the term ("this is likely X", "X is probably present", "X is less likely"), a
 * specimen sent for an organism, a list of tests that came back negative, a condition no longer present and
 * the rates of a harm.
 */
class ResultAndLikelihoodCueTest {
    @Test
    void aPronounSubjectBeforeIsLikelyMakesTheDiagnosisAfterItUncertain() {
        assertTrue(assess("This is likely viral pharyngitis.", "viral pharyngitis").uncertain());
        assertTrue(assess("It is most likely a contact dermatitis.", "contact dermatitis").uncertain());
        assertFalse(assess("He has mild hypertension, which is likely due to anxiety.", "hypertension").uncertain());
    }

    @Test
    void uncertaintyWrittenAfterTheTermReachesBackToIt() {
        assertTrue(assess("A small pleural effusion is probably present.", "pleural effusion").uncertain());
        assertTrue(assess("Cellulitis is less likely.", "Cellulitis").uncertain());
        assertTrue(assess("Sinusitis seems likely.", "Sinusitis").uncertain());
        assertFalse(assess("Peripheral neuropathy is most likely secondary to chemotherapy.", "Peripheral neuropathy")
                .uncertain());
    }

    @Test
    void theOrganismASpecimenIsSentForIsHypotheticalUnlessTheResultIsGiven() {
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("A cervical culture for gonorrhea was sent.", "gonorrhea").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("She has a positive serology for hepatitis C.", "hepatitis C").status());
        assertEquals(AssertionStatus.PRESENT,
                assess("A positive urine culture for enterococcus was reported.", "enterococcus").status());
    }

    @Test
    void everyTestOfAListTheResultsOfWhichWereNegativeIsNegated() {
        String s = "Herpes, Lyme, toxoplasma and syphilis serologies were negative.";
        assertTrue(assess(s, "Herpes").negated());
        assertTrue(assess(s, "syphilis").negated());
        assertTrue(assess("Antigen testing was negative for influenza.", "influenza").negated());
    }

    @Test
    void anInfectionListedAfterALaboratoryPanelIsWhatAFurtherTestLooksFor() {
        String s = "Before the biologic is started we will draw a hepatic panel as well as hepatitis B and HIV.";
        assertTrue(assessCoded(s, "hepatitis B", "B19.10").hypothetical());
        assertTrue(assessCoded(s, "HIV", "B20").hypothetical());
        assertFalse(assessCoded("Her hepatic panel was normal; she has chronic hepatitis B.", "hepatitis B", "B18.1")
                .hypothetical());
    }

    @Test
    void aConditionNoLongerPresentIsNegated() {
        assertTrue(assess("The knee effusion is no longer present.", "knee effusion").negated());
    }

    @Test
    void theRatesOfAHarmAreHypothetical() {
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("Stopping smoking lowers the pneumonia rates after surgery.", "pneumonia").status());
        assertEquals(AssertionStatus.HYPOTHETICAL,
                assess("We went over the rates of infection after this operation.", "infection").status());
    }
}
