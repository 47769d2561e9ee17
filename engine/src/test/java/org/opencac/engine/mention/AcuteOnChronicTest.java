package org.opencac.engine.mention;

import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * "Acute on chronic" X is two conditions where the code set has no code of both (the acute X and the chronic X),
 * one where it has (J96.2-, I50.23, K81.2); renal insufficiency is read by its own Index entry, not as failure.
 * Sentences are our own.
 */
class AcuteOnChronicTest {

    @Test
    void acuteOnChronicRenalInsufficiencyIsNoAcuteKidneyFailure() {
        // Index: Insufficiency, renal (acute) N28.9, chronic N18.9; insufficiency is not failure (N17.9), and the
        // Tabular's Excludes1 at N28.9 ("chronic renal insufficiency (N18.9)") keeps the chronic code
        CodingResult r = inpatientChecked("DISCHARGE DIAGNOSES:\n1. Acute on chronic renal insufficiency.\n");
        assertSuggested(r, "N18.9", 2);
        assertNotSuggested(r, "N17.9");
    }

    @Test
    void acuteRenalInsufficiencyAloneIsTheIndexCodeOfRenalInsufficiency() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Acute renal insufficiency after two days of vomiting.\n");
        assertSuggested(r, "N28.9", 2);
        assertNotSuggested(r, "N17.9");
    }

    @Test
    void theStageGivenIsKeptForAcuteOnChronicInsufficiency() {
        CodingResult r = inpatientChecked("Assessment: she was admitted with acute-on-chronic renal insufficiency, stage 4, after vomiting for days.");
        assertSuggested(r, "N18.4", 3);
        assertNotSuggested(r, "N17.9");
    }

    @Test
    void aTermOfTheAcuteConditionAloneAlsoCodesTheChronicOne() {
        CodingResult r = inpatientChecked("FINAL DIAGNOSIS: Acute on chronic pancreatitis, alcohol related.");
        assertSuggested(r, "K85.90", 3);
        assertSuggested(r, "K86.1", 3);
    }

    @Test
    void aCodeOfBothStaysOneCode() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Acute on chronic cholecystitis.\n2. Acute on chronic hypoxic respiratory failure.\n");
        assertSuggested(r, "K81.2", 2);
        assertSuggested(r, "J96.21", 2);
        assertNotSuggested(r, "K81.1");
        assertNotSuggested(r, "J96.11");
    }

    @Test
    void chronicAloneIsOnlyChronic() {
        CodingResult r = inpatientChecked("DIAGNOSES:\n1. Chronic renal insufficiency, stable on current diet.\n");
        assertSuggested(r, "N18.9", 1);
        assertNotSuggested(r, "N17.9");
    }
}
