package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * A narrative without a medication list tells the drugs the patient takes now in its own words ("under treatment
 * with", "currently", "long-term"): the long-term drug therapy code (Z79) is read from them (Guidelines
 * I.C.21.c.3), while a drug only said to have been given or treated with is not. Chronic kidney disease with
 * dependence on dialysis is end-stage disease (Tabular N18.6 inclusion; Excludes1 at N18.5), and dialysis told
 * as the patient's lasting treatment is the dialysis status (Z99.2).
 */
class CurrentTherapyInNarrativeTest {

    @Test
    void aDrugThePatientIsUnderTreatmentWithIsCurrentTherapy() {
        assertSuggested(inpatient("An old man with heart failure. He was under treatment with acenocoumarol and"
                + " furosemide."), "Z79.01", 5);
        assertSuggested(inpatient("A woman came for a skin biopsy. Before the biopsy she was under antiplatelet"
                + " therapy."), "Z79.02", 5);
        assertSuggested(inpatient("She was being treated with metformin and simvastatin."), "Z79.84", 5);
    }

    @Test
    void aDrugOnlySaidToHaveBeenGivenIsNotCurrentTherapy() {
        assertNotSuggested(inpatient("After the thrombosis she was treated with acenocoumarol for three months."),
                "Z79.01");
        assertNotSuggested(inpatient("Acenocoumarol was given once in the emergency room."), "Z79.01");
    }

    @Test
    void aSteroidStillNeedsWordsThatSayItsUseIsLongTerm() {
        assertSuggested(inpatient("She is on long-term prednisone for her arthritis."), "Z79.52", 5);
        assertSuggested(inpatient("A man with corticosteroid-dependent asthma came with fever."), "Z79.52", 5);
        assertSuggested(inpatient("He continued to receive chronic dexamethasone treatment."), "Z79.52", 5);
        assertNotSuggested(inpatient("She was being treated with prednisone 40 mg for five days."), "Z79.52");
    }

    @Test
    void chronicKidneyDiseaseOnChronicDialysisIsEndStageWithTheDialysisStatus() {
        CodingResult staged = inpatient("A man with chronic kidney disease stage 5 in hemodialysis three times a"
                + " week came with a cough.");
        assertSuggested(staged, "N18.6", 5);
        assertSuggested(staged, "Z99.2", 5);
        assertNotSuggested(staged, "N18.5");
        CodingResult unstaged = inpatient("A woman with chronic renal failure in chronic peritoneal dialysis.");
        assertSuggested(unstaged, "N18.6", 5);
        assertSuggested(unstaged, "Z99.2", 5);
        assertNotSuggested(unstaged, "N18.9");
    }

    @Test
    void dialysisForAnAcuteKidneyInjuryIsNoDialysisStatus() {
        CodingResult acute = inpatient("She had acute renal failure and required hemodialysis for two sessions.");
        assertNotSuggested(acute, "Z99.2");
        assertNotSuggested(acute, "N18.6");
    }

    @Test
    void quittingNamedAsAGoalLeavesTheSmokerCurrent() {
        assertNotSuggested(inpatient("A woman, a smoker, came with a goiter. The aim of the treatment was to quit"
                + " smoking."), "Z87.891");
        assertNotSuggested(inpatient("A man, a smoker, came with a cough. Our goal is to quit smoking."),
                "Z87.891");
    }
}
