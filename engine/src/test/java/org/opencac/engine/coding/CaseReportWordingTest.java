package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;
import org.opencac.engine.suggest.Suggestion;

/** Wording of narrative case reports (no section headers) that a coder reads as current conditions. */
class CaseReportWordingTest {

    @Test
    void aConnectorWordOfTheNeoplasmTableIsNoBodyPartThatVetoesAnUnspecifiedSite() {
        // "with" is printed in the table's site names ("overlapping lesion with ..."); it names no site.
        assertSuggested(inpatient("A 45-year-old man presented with arthritis."), "M19.90", 3);
        assertSuggested(inpatient("She presented with a severe hemorrhage."), "R58", 3);
    }

    @Test
    void aSiteNamedInTheSentenceStillVetoesTheUnspecifiedSiteCode() {
        assertNotSuggested(inpatient("He presented with arthritis of the left knee."), "M19.90");
    }

    @Test
    void aDurationHistoryIsThePresentIllness() {
        // "a 3-month history of fever" says how long the fever has lasted, not that it is over.
        CodingResult r = inpatient("A 60-year-old woman was admitted with a 3-month history of fever.");
        Suggestion fever = assertSuggested(r, "R50.9", 3);
        assertTrue(fever.evidence().get(0).assertion().equals("present"), fever.evidence().toString());
    }

    @Test
    void anInfectedSurgicalWoundIsAnInfectionFollowingAProcedureInEitherWordOrder() {
        // The wound the operation made is the site: a complication of the procedure (T81.4-), not an
        // infection of unnamed site (B99.9).
        CodingResult before = inpatient("Ten days after the repair she developed a surgical wound infection.");
        assertSuggested(before, "T81.49XA", 3);
        assertNotSuggested(before, "B99.9");
        CodingResult after = inpatient("Infection of the surgical wound was treated with oral antibiotics.");
        assertSuggested(after, "T81.49XA", 3);
        assertNotSuggested(after, "B99.9");
    }

    @Test
    void aStatusAfterAPastEventIsCodedAsCurrent() {
        assertSuggested(inpatient("He underwent a kidney transplant in 2010."), "Z94.0", 5);
    }

    @Test
    void longTermTherapyIsReadFromANarrativeSentenceThatSaysSo() {
        assertSuggested(inpatient("She was on chronic treatment with warfarin."), "Z79.01", 3);
        assertNotSuggested(inpatient("Warfarin was given in the emergency room."), "Z79.01");
    }

    @Test
    void aDrugStartedAtThisVisitIsNotYetLongTermTherapy() {
        assertNotSuggested(inpatient("ASSESSMENT: Atrial fibrillation, new. We will start warfarin tonight."),
                "Z79.01");
        assertSuggested(inpatient("ASSESSMENT: Atrial fibrillation. Continue warfarin at the same dose."), "Z79.01", 5);
    }

    @Test
    void aDrugClassOnLongTermTreatmentIsItsStatusCode() {
        assertSuggested(inpatient("He is on chronic treatment with oral anticoagulants."), "Z79.01", 3);
        assertSuggested(inpatient("Usual treatment with acenocoumarol and bisoprolol."), "Z79.01", 3);
        assertSuggested(inpatient("At home she usually takes apixaban and a statin."), "Z79.01", 3);
        assertSuggested(inpatient("She has been under chronic corticosteroid therapy for years."), "Z79.52", 3);
        // a course started in hospital is no long-term therapy
        assertNotSuggested(inpatient("Treatment with prednisone 60 mg was started for the rash."), "Z79.52");
    }

    @Test
    void aBareTermTakesTheCodeTheIndexGivesIt() {
        // Disease, heart, ischemic I25.9 (coronary atherosclerosis is I25.10); Thrombophilia D68.59; Vasculitis I77.6
        CodingResult ihd = inpatient("She was admitted with ischemic heart disease.");
        assertSuggested(ihd, "I25.9", 3);
        assertNotSuggested(ihd, "I25.10");
        assertSuggested(inpatient("He was found to have thrombophilia."), "D68.59", 3);
        assertSuggested(inpatient("The biopsy confirmed vasculitis."), "I77.6", 3);
    }

    @Test
    void commonSynonymsOfCaseReportsReadAsTheirConditions() {
        assertSuggested(inpatient("A 60-year-old man with severe enolism was admitted."), "F10.20", 3);
        assertSuggested(inpatient("He is a heavy drinker."), "F10.10", 3);
        assertSuggested(inpatient("She reported chest pain with profuse sweating."), "R61", 3);
        assertSuggested(inpatient("A deterioration of renal function was observed after the operation."), "N28.9", 3);
        assertNotSuggested(inpatient("He denies fever, chills or sweating."), "R61");
    }

    @Test
    void intestinalLoopsAreAnatomyNotAVolvulus() {
        assertNotSuggested(inpatient("CT showed dilated intestinal loops."), "K56.2");
    }

    @Test
    void anOrganismNamedInItsB95ToB97TitleCodesTheInfectiousAgent() {
        assertSuggested(inpatient("Urinary tract infection. Urine culture grew Pseudomonas aeruginosa."), "B96.5", 5);
    }

    @Test
    void conditionsEquallySupportedKeepTheOrderTheReportFirstNamesThem() {
        // a longer term (a side and a site spelled out) does not move a condition ahead of one named before it
        CodingResult r = inpatient("A 52-year-old man consulted for hematuria. Two days later he had right lower "
                + "quadrant"
                + " abdominal pain.");
        Suggestion hematuria = assertSuggested(r, "R31.9", 3);
        Suggestion pain = assertSuggested(r, "R10.31", 3);
        assertTrue(r.suggestions().indexOf(hematuria) < r.suggestions().indexOf(pain), r.suggestions().toString());
    }
}
