package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/** A passive 'was suspected' doubts its own subject, not the condition of the clause before its comma. */
class SuspectedStaysInItsClauseTest {
    @Test
    void theConditionOfTheClauseBeforeTheCommaStaysEstablished() {
        String text = "As no clear cause of his leg thrombosis was found, malignancy was suspected.";
        assertFalse(assess(text, "thrombosis").uncertain());
        assertTrue(assess(text, "malignancy").uncertain());
        assertFalse(assess("With her neck stiffness and fever, meningitis is suspected.", "fever").uncertain());
    }

    @Test
    void aRelativeClauseStillDoubtsTheDiagnosisBeforeItsComma() {
        assertTrue(assess("A pulmonary embolism, which was suspected on arrival, is being treated with heparin.",
                "pulmonary embolism").uncertain());
    }
}
