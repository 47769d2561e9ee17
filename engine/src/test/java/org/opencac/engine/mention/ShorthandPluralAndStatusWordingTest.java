package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon and Index-reading rows for shorthand, irregular plurals and status wording (team-written sentences). */
class ShorthandPluralAndStatusWordingTest {

    @Test
    void dialysisNamedAsWhatTheKidneyDiseaseNeedsIsDependenceOnDialysis() {
        List<String> codes = outpatientCodes("Assessment: end-stage kidney disease requiring hemodialysis on weekdays.");
        assertTrue(codes.contains("N18.6"), codes.toString());
        assertTrue(codes.contains("Z99.2"), codes.toString());
        assertTrue(outpatientCodes("Assessment: chronic renal failure requiring dialysis.").contains("Z99.2"));
    }

    @Test
    void aSeizureDoIsASeizureDisorderNotASingleConvulsion() {
        List<String> codes = outpatientCodes("Assessment: seizure D/O, controlled on two drugs.");
        assertTrue(codes.contains("G40.909"), codes.toString());
        assertFalse(codes.contains("R56.9"), codes.toString());
    }

    @Test
    void thoracesIsThePluralOfThorax() {
        assertTrue(outpatientCodes("Assessment: recurrent chylothoraces in an infant fed by vein.").contains("J94.0"));
    }

    @Test
    void aForeignBodyInTheNoseOrANarisIsOneInTheNostril() {
        assertTrue(outpatientCodes("Assessment: a bead lodged as a foreign body in the nose.").contains("T17.1XXA"));
        assertTrue(outpatientCodes("Assessment: foreign body in the naris, removed with forceps.").contains("T17.1XXA"));
    }

    @Test
    void aForeignBodyWithItsNarisInAppositionIsOneInTheNostril() {
        List<String> codes = outpatientCodes("Assessment:\n1. Retained foreign body, left naris.\n");
        assertTrue(codes.contains("T17.1XXA"), codes.toString());
    }

    @Test
    void oxygenDependencyIsDependenceOnSupplementalOxygen() {
        assertTrue(outpatientCodes("Diagnoses:\n1. Oxygen dependency.\n2. Emphysema.\n").contains("Z99.81"));
        assertTrue(outpatientCodes("Assessment: chronic lung disease, O2 dependent at night.").contains("Z99.81"));
    }

    @Test
    void painInTheBackOfTheKneeIsKneePainNotBackPain() {
        List<String> codes = outpatientCodes("Assessment: pain in the back of the left knee when he squats.");
        assertTrue(codes.contains("M25.562"), codes.toString());
        assertFalse(codes.contains("M54.9"), codes.toString());
    }

    @Test
    void cannabisSmokedNowIsCannabisUse() {
        assertTrue(outpatientCodes("Social history: he smokes cannabis most evenings.").contains("F12.90"));
    }
}
