package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Junk triggers of the lexicon audit's ranks 301-600 (MTSamples), fixed as mechanisms: a condition word that
 * modifies a test or vaccine noun names that thing (modifier_heads.tsv), word senses keyed on a code
 * class reach every trigger of it (trigger_senses.tsv), and a thrombosis said alone is the thrombosis of the
 * vessel named elsewhere (same_condition.json classDefaults). Sentences are our own.
 */
class ModifierAndCodeClassSenseTest {

    @Test
    void aConditionWordNamingATestIsNotTheCondition() {
        CodingResult r = outpatientChecked("Workup so far includes blood cultures and febrile agglutinins, all "
                + "pending.");
        assertNotSuggested(r, "R50.9");
        assertEquals("other_sense", mention(r, "febrile").reason());
        assertNotSuggested(outpatientChecked("Labs drawn today include a Clostridium difficile toxin assay and a stool "
                + "culture."),
                "A04.72");
        assertNotSuggested(outpatientChecked("A sleep apnea study was ordered."), "G47.30");
        assertSuggested(outpatientChecked("Assessment: she has been febrile to 102 for two days."), "R50.9", 3);
        assertSuggested(outpatientChecked("Assessment: stool positive for Clostridium difficile."), "A04.72", 3);
    }

    @Test
    void tumorMarkersOfASiteAreATestNotATumorOfThatSite() {
        assertNotSuggested(outpatientChecked("Hepatic and digestive tumor markers were unremarkable."), "D49.0");
        assertNotSuggested(outpatientChecked("Labs included gastrointestinal and gynecologic tumor markers."), "D49.0");
        assertSuggested(outpatientChecked("Assessment: a tumor of the liver, biopsy pending."), "D49.0", 3);
    }

    @Test
    void anOrganismNamingATestSentOrReadNegativeIsNotTheInfection() {
        CodingResult rapid = outpatientChecked("Her cough began on Monday. A rapid RSV was sent from the clinic, and "
                + "we later heard it came back negative.");
        assertNotSuggested(rapid, "B97.4");
        assertEquals("other_sense", mention(rapid, "RSV").reason());
        assertNotSuggested(outpatientChecked("Her cough began on Monday. A pertussis culture was sent and has no "
                + "result yet."), "A37.90");
        // the word before reads only an infection as a test: a rapid rhythm stays a rhythm
        assertSuggested(outpatientChecked("Assessment: rapid atrial fibrillation, started on a beta blocker."), "I48.91",
                5);
        assertSuggested(outpatientChecked("Assessment: bronchiolitis; the rapid RSV was positive."), "B97.4", 5);
    }

    @Test
    void aTestThatFoundTheConditionKeepsIt() {
        assertSuggested(outpatientChecked("Assessment: bronchiolitis; the RSV screen is positive."), "B97.4", 5);
        assertSuggested(outpatientChecked("Assessment: gastritis, H. pylori positive by serology, treated with triple "
                + "therapy."),
                "B96.81", 5);
    }

    @Test
    void aWoundACultureWasTakenFromIsNoInjuryWhateverItGrew() {
        CodingResult r = outpatientChecked("Assessment: cellulitis of the left leg. Multiple earlier wound cultures "
                + "positive for Pseudomonas and Enterococcus.");
        assertNotSuggested(r, "T07.XXXA");
        assertEquals("other_sense", mention(r, "Multiple earlier wound").reason());
        // the organism the culture grew is still read
        assertSuggested(r, "B96.5", 5);
    }

    @Test
    void aConditionStillUnderStudyOrFoundByTheTestKeepsItsReading() {
        assertSuggested(outpatientChecked("Assessment: hyperphosphatemia under study."), "E83.39", 3);
        assertSuggested(outpatientChecked("Assessment: high rheumatoid factor titers in a patient with rheumatoid "
                + "arthritis."),
                "M05.9", 5);
    }

    @Test
    void aScreeningPlannedForAnotherDayIsNotThisEncountersReason() {
        CodingResult r = outpatientChecked("Plan: a screening mammogram will be arranged by her family doctor.");
        assertNotSuggested(r, "Z12.31");
        assertEquals("hypothetical", mention(r, "screening mammogram").reason());
        assertSuggested(outpatientChecked("Indication: screening colonoscopy."), "Z12.11", 3);
    }

    @Test
    void anArtificialOpeningBeingMadeIsAProcedureNotAStatus() {
        assertNotSuggested(outpatientChecked("A feeding jejunostomy was created and a J-tube inserted through the "
                + "abdominal wall."),
                "Z93.4");
        assertSuggested(outpatientChecked("Assessment: feeding intolerance. She has a J-tube in place."), "Z93.4", 5);
    }

    @Test
    void paleGivingAColourIsNotPallor() {
        assertNotSuggested(outpatientChecked("The bronchial mucosa was pale pink without lesions."), "R23.1");
        assertNotSuggested(outpatientChecked("A bruise on the shoulder was pale purple in colour."), "R23.1");
        assertSuggested(outpatientChecked("Assessment: she looked pale and tired after the bleed."), "R23.1", 5);
    }

    @Test
    void aMoleOfANamedSiteIsNotTheUnstatedSiteCode() {
        assertNotSuggested(outpatientChecked("Excision of a pigmented mole of the right thigh."), "D22.9");
        assertSuggested(outpatientChecked("Assessment: a dark mole of the scalp, biopsied today."), "D22.4", 5);
    }

    @Test
    void anInfectionOfTheCerebrospinalFluidIsNotAnInfectionOfNoStatedSite() {
        assertNotSuggested(outpatientChecked("History: meningioma resection complicated by a CSF infection, and hypertension."), "B99.9");
    }

    @Test
    void thrombosisSaidAloneIsTheThrombosisOfTheNamedVesselOrGraft() {
        assertNotSuggested(outpatientChecked("A thrombosis of her right arm followed the stroke."), "I82.90");
        assertNotSuggested(outpatientChecked("Assessment: 1. Thrombosis of the right popliteal artery. 2. Thrombosis, "
                + "on heparin."),
                "I82.90");
    }
}
