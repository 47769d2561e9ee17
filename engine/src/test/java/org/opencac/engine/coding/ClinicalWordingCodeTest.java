package org.opencac.engine.coding;

import static org.opencac.engine.testing.Coded.outpatient;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/** Everyday clinical wording read as the code a coder gives it (team-written sentences). */
class ClinicalWordingCodeTest {

    @Test
    void poorDiabetesControlIsTheDiabetesWithHyperglycemia() {
        // Index: Diabetes, poorly controlled - code to Diabetes, by type, with hyperglycemia
        assertSuggested(outpatient("Assessment: poor diabetes control, last A1c 11, metformin increased."), "E11.65", 3);
        assertSuggested(outpatient("Plan: referral to endocrinology for her poor diabetic control."), "E11.65", 3);
    }

    @Test
    void beingEasilyDistractedIsTheAttentionAndConcentrationDeficit() {
        assertSuggested(outpatient("Chief complaint: he is easily distracted at work and loses track of tasks."), "R41.840", 1);
        assertSuggested(outpatient("Chief complaint: trouble concentrating since the new job began."), "R41.840", 1);
    }

    @Test
    void aWaspStingIsTheToxicEffectOfWaspVenom() {
        assertSuggested(outpatient("Assessment: wasp sting on the back of the left hand this morning."), "T63.461A", 3);
        assertSuggested(outpatient("Assessment: bee sting of the right foot."), "T63.441A", 3);
    }

    @Test
    void aMesotheliomaOfNoNamedSiteIsTheUnspecifiedOneNotThePleura() {
        CodingResult r = outpatient("Diagnosis: mesothelioma, referred to oncology.");
        assertSuggested(r, "C45.9", 3);
        assertNotSuggested(r, "C45.0");
        assertSuggested(outpatient("Diagnosis: malignant mesothelioma of the peritoneum."), "C45.1", 3);
    }

    @Test
    void wellChildCareIsTheRoutineChildExaminationNotCareOfAHealthyChild() {
        CodingResult r = outpatient("Impression: routine well child care for a three-year-old girl.");
        assertSuggested(r, "Z00.129", 3);
        assertNotSuggested(r, "Z76.2");
    }

    @Test
    void aBlockedOrMalfunctioningVentricularShuntIsItsMechanicalComplication() {
        assertSuggested(outpatient("Postoperative diagnosis: blocked VP shunt in a child with hydrocephalus."), "T85.09XA", 1);
        // Index: Malfunction, ventricular (shunt) T85.01, the breakdown; an obstruction is T85.09
        assertSuggested(outpatient("Assessment: ventriculoperitoneal shunt malfunction, revision planned."), "T85.01XA", 1);
    }

    @Test
    void anExitBlockOfTheSinusNodeIsTheSinoatrialBlock() {
        CodingResult r = outpatient("Indication: symptomatic sinoatrial exit block with long pauses.");
        assertSuggested(r, "I45.5", 1);
        assertSuggested(outpatient("Assessment: SA exit block on the Holter monitor."), "I45.5", 3);
    }

    @Test
    void aMedianOrRadialMononeuropathyIsTheLesionOfThatNerveOfItsSide() {
        assertSuggested(outpatient("Impression: right median mononeuropathy, moderate, from repetitive work."), "G56.11", 3);
        assertSuggested(outpatient("Impression: left radial neuropathy at the spiral groove."), "G56.32", 3);
        assertNotSuggested(outpatient("Impression: right median mononeuropathy, mild."), "G58.9");
    }

    @Test
    void aHornersPupilIsHornersSyndrome() {
        assertSuggested(outpatient("Assessment: left Horner's pupil after the neck operation."), "G90.2", 3);
    }

    @Test
    void aProstheticValveOfANamedPositionIsThePresenceOfAProstheticHeartValve() {
        assertSuggested(outpatient("Impression: mechanical aortic valve in place, no leak."), "Z95.2", 3);
        assertSuggested(outpatient("Assessment: prosthetic mitral valve, anticoagulated."), "Z95.2", 3);
    }

    @Test
    void anArtificialValveImplantedIsThePresenceOfAProstheticHeartValve() {
        assertSuggested(outpatient("Past history: status post artificial aortic valve implantation years ago, on"
                + " warfarin."), "Z95.2", 5);
    }

    @Test
    void occlusiveCarotidDiseaseIsCarotidStenosis() {
        assertSuggested(outpatient("Diagnoses: 1. Occlusive carotid disease. 2. Hypertension."), "I65.29", 3);
    }

    @Test
    void prolactinemiaIsWrittenForARaisedProlactin() {
        assertSuggested(outpatient("Assessment: prolactinemia from the antipsychotic, dose lowered."), "E22.1", 3);
    }

    @Test
    void aLateralMedullarySyndromeIsTheBrainStemStrokeSyndrome() {
        assertSuggested(outpatient("Impression: right lateral medullary syndrome with hoarseness."), "G46.3", 3);
    }
}
