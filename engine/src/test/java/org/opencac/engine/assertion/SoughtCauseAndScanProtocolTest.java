package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * What a cause is sought for is the patient's condition, and so is a condition named with the
 * patient's possessive after the words of its treatment; the findings that make a diagnosis likely are there; the
 * condition naming a scan's protocol is what the scan looks for. Sentences are our own.
 */
class SoughtCauseAndScanProtocolTest {

    @Test
    void theConditionWhoseCauseIsSoughtIsPresent() {
        assertFalse(assess("We will exclude and rule out other causes of chronic diarrhea.", "chronic diarrhea")
                .uncertain());
        assertFalse(assess("Gallstones are an unlikely cause of the nausea.", "nausea").uncertain());
        assertFalse(assess("Further testing may find the cause of hematuria.", "hematuria").uncertain());
    }

    @Test
    void theCauseWeighedKeepsItsHedge() {
        assertTrue(assess("Gallstones are an unlikely cause of the nausea.", "Gallstones").uncertain());
        assertTrue(assess("Rule out pneumonia as a cause of the cough.", "pneumonia").uncertain());
    }

    @Test
    void theOwnConditionAfterTheWordsOfItsTreatmentIsPresent() {
        assertFalse(assess("We will evaluate for causes and treatment of his hyponatremia.", "hyponatremia").uncertain());
        assertTrue(assess("Consider treatment for possible bronchitis.", "bronchitis").uncertain());
    }

    @Test
    void theFindingsThatMakeADiagnosisLikelyArePresent() {
        String s = "His jaundice and fever make cholangitis quite likely.";
        assertFalse(assess(s, "fever").uncertain());
        assertTrue(assess(s, "cholangitis").uncertain());
    }

    @Test
    void theConditionNamingAScanProtocolIsWhatTheScanLooksFor() {
        assertTrue(assess("Chest CT angiography was done by pulmonary embolism protocol.", "pulmonary embolism")
                .hypothetical());
        assertFalse(assess("She is enrolled in a lymphoma treatment protocol.", "lymphoma").hypothetical());
    }
}
