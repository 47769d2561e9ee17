package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.assertion.MentionFixture.assess;

import org.junit.jupiter.api.Test;

/**
 * "Excluded" written before what it excludes reads forward, as "ruled out" does ("the scan excluded X"), but a
 * patient excluded from a trial excludes no finding; "nothing on exam to suggest X" negates X as "nothing to
 * suggest X" does, whatever place the finding was looked for.
 */
class ExcludedAndNothingToSuggestTest {
    @Test
    void excludedBeforeItsObjectNegatesIt() {
        assertTrue(assess("Genetic testing excluded hemochromatosis.", "hemochromatosis").negated());
        assertTrue(assess("The biopsy excluded malignancy in the node.", "malignancy").negated());
    }

    @Test
    void aPatientExcludedFromATrialKeepsTheReason() {
        assertEquals(AssertionStatus.PRESENT,
                assess("He was excluded from the trial because of his asthma.", "asthma").status());
    }

    @Test
    void nothingAtAPlaceLookedAtToSuggestNegatesWhatItWouldSuggest() {
        assertTrue(assess("Nothing on exam to suggest a deep venous thrombosis.", "deep venous thrombosis").negated());
        assertTrue(assess("There was nothing in the history to suggest an infection.", "infection").negated());
    }
}
