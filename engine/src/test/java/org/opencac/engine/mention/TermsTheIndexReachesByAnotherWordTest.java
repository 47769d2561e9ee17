package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Condition words a note writes where the Index has another entry: a facial laceration is the Index's
 * "Laceration, face NEC" (S01.81), a SLAP tear its "Lesion, SLAP" (S43.43-), a pacemaker at its elective
 * replacement indicator the encounter for the pulse generator (Z45.010), a leaking bowel anastomosis its
 * disruption (T81.320; a vascular anastomosis is not the gut's), "breach presentation" the breech presentation transcription misspells (O32.1), and a
 * patient pronounced brain dead the Index's "Death, brain" (G93.82); a footling breech is the Index's "Breech
 * presentation, footling" (O32.8), not the breech presentation of O32.1. A bleed of a named cerebral lobe is the
 * cortical intracerebral hemorrhage (I61.1, "cerebral lobe hemorrhage"), a patient on a transplant list awaits the
 * transplant (Z76.82, not the transplant status Z94.-), femoroacetabular impingement is a specified disorder of
 * the hip joint (M25.85-), a kidney transplant "with rejection" is the Index's "Rejection, transplant, kidney" (T86.11), a depressive disorder due to a medical condition is the mood disorder due to a known
 * physiological condition (F06.31), and a stricture "in" the bulbous urethra is the bulbous urethral stricture.
 */
class TermsTheIndexReachesByAnotherWordTest {

    @Test
    void aFacialLacerationIsALacerationOfTheHeadsSpecifiedSite() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Deep facial laceration, 3 cm.\n\n"
                + "PROCEDURE: Layered closure of the laceration.\n");
        assertEquals("S01.81XA", codes.get(0), codes.toString());
    }

    @Test
    void aSlapTearOfTheRightShoulderIsASuperiorGlenoidLabrumLesionOfThatSide() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: SLAP tear, right shoulder.\n\n"
                + "PROCEDURE: Arthroscopic repair with one suture anchor.\n");
        assertTrue(codes.contains("S43.431A"), codes.toString());
    }

    @Test
    void aPacemakerAtItsReplacementIndicatorIsTheEncounterForItsGenerator() {
        List<String> codes = outpatientCodes("INDICATIONS: Pacemaker at ERI.\n\n"
                + "PROCEDURE: Generator change; the old leads were kept.\n");
        assertEquals("Z45.010", codes.get(0), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aLeakingBowelAnastomosisIsItsDisruption() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Anastomotic leak after a low anterior "
                + "resection.\n\nPROCEDURE: Laparotomy and washout.\n");
        assertTrue(codes.contains("T81.320A"), codes.toString());
    }

    @Test
    void aLeakAtAVascularAnastomosisIsNoGutAnastomosisDisruption() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Anastomotic leak at the proximal aortic graft "
                + "suture line.\n\nPROCEDURE: Reexploration and repair.\n");
        assertFalse(codes.contains("T81.320A"), codes.toString());
    }

    @Test
    void aBreachPresentationIsTheMisspelledBreechPresentation() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSES:\n1. Intrauterine pregnancy at 39 weeks.\n"
                + "2. Breach presentation.\n\nPROCEDURE: Primary low transverse cesarean section.\n");
        assertTrue(codes.contains("O32.1XX0"), codes.toString());
    }

    @Test
    void aPatientPronouncedBrainDeadHasBrainDeath() {
        List<String> codes = outpatientCodes("HOSPITAL COURSE: After the bleed she lost all brainstem reflexes and "
                + "was pronounced brain dead the next morning.\n");
        assertTrue(codes.contains("G93.82"), codes.toString());
    }

    @Test
    void aFootlingBreechIsAnotherMalpresentation() {
        List<String> codes = outpatientCodes("HISTORY: She is a 30-year-old G2 P1 at 37 weeks' gestation.\n\n"
                + "DIAGNOSIS: Footling breech.\n");
        assertTrue(codes.contains("O32.8XX0"), codes.toString());
        assertFalse(codes.contains("O32.1XX0"), codes.toString());
    }

    @Test
    void aBleedOfANamedCerebralLobeIsTheCorticalIntracerebralHemorrhage() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Left frontal lobe intracerebral hemorrhage.\n\n"
                + "PROCEDURE: Craniotomy and evacuation of the clot.\n");
        assertEquals("I61.1", codes.get(0), codes.toString());
    }

    @Test
    void aPatientOnATransplantListAwaitsTheTransplant() {
        List<String> codes = outpatientCodes("ASSESSMENT: Primary sclerosing cholangitis with cirrhosis. He is now on "
                + "the liver transplant list and is seen for itching.\n");
        assertTrue(codes.contains("Z76.82"), codes.toString());
        assertFalse(codes.contains("Z94.4"), codes.toString());
    }

    @Test
    void aKidneyTransplantWithRejectionIsTheTransplantRejectionNotTheStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: Renal transplant with chronic rejection; creatinine is rising.\n");
        assertTrue(codes.contains("T86.11"), codes.toString());
        assertFalse(codes.contains("Z94.0"), codes.toString());
    }

    @Test
    void femoroacetabularImpingementIsASpecifiedDisorderOfTheHipJoint() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Femoroacetabular impingement, right hip.\n\n"
                + "PROCEDURE: Hip arthroscopy with osteoplasty.\n");
        assertEquals("M25.851", codes.get(0), codes.toString());
    }

    @Test
    void aDepressiveDisorderDueToAMedicalConditionIsTheMoodDisorderOfThatCondition() {
        List<String> codes = outpatientCodes("IMPRESSION: Depressive disorder due to another medical condition, "
                + "his lupus. Continue sertraline.\n");
        assertTrue(codes.contains("F06.31"), codes.toString());
        assertFalse(codes.contains("F32.A"), codes.toString());
    }

    @Test
    void aStrictureToldInTheBulbousUrethraIsTheBulbousUrethralStricture() {
        List<String> codes = outpatientCodes("FINDINGS: A dense stricture in the bulbous urethra was dilated.\n\n"
                + "POSTOPERATIVE DIAGNOSIS: Urethral stricture.\n");
        assertTrue(codes.contains("N35.912"), codes.toString());
    }
}
