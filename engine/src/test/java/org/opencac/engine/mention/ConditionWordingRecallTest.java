package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientChecked;
import static org.opencac.engine.testing.Coded.outpatientChecked;
import static org.opencac.engine.testing.NoteAssert.assertNotSuggested;
import static org.opencac.engine.testing.NoteAssert.assertSuggested;
import static org.opencac.engine.testing.NoteAssert.codes;
import static org.opencac.engine.testing.NoteAssert.mention;

import org.junit.jupiter.api.Test;
import org.opencac.engine.suggest.CodingResult;

/**
 * Conditions written in a form the lexicon or the Index did not read: a skin callus (once stoplisted for the bone
 * callus of a fracture), the verb of pain, a short or reordered form of a finding ("prolonged QT", "cigarette smoke
 * exposure", "visual decline", "rise in PSA", "guttata"), a participle said of an organ ("thickened") and the
 * findings of a scan or a sleep study. Each is a mention, so its assertion is reported; none adds a wrong code.
 */
class ConditionWordingRecallTest {

    @Test
    void aSkinCallusIsCodedAndTheCallusOfAHealingFractureIsNot() {
        CodingResult skin = outpatientChecked("ASSESSMENT: Pinch callus of the right great toe.");
        assertSuggested(skin, "L84", 1);
        CodingResult bone = outpatientChecked("IMPRESSION: Bridging callus at the healing fracture of the left "
                + "radius.");
        assertEquals("other_sense", mention(bone, "callus").reason());
        assertNotSuggested(bone, "L84");
        CodingResult skull = outpatientChecked("FINDINGS: On the MRI of the head the callus and the meninges are "
                + "thickened.");
        assertNotSuggested(skull, "L84");
    }

    @Test
    void constipationToldAsChronicInItsAdverbFormIsTheChronicConstipationCode() {
        CodingResult r = outpatientChecked("ASSESSMENT: She has been chronically constipated for years.");
        assertSuggested(r, "K59.09", 1);
        assertNotSuggested(r, "K59.00");
    }

    @Test
    void theVerbOfPainIsAFindingWhoseNegationIsReported() {
        CodingResult r = outpatientChecked("HISTORY: Her bunions do not hurt. ASSESSMENT: Bilateral bunions.");
        assertEquals("negated", mention(r, "hurt").assertion());
        assertFalse(mention(r, "hurt").coded());
    }

    @Test
    void aProlongedQtWithoutItsIntervalIsAnAbnormalElectrocardiogram() {
        assertSuggested(outpatientChecked("ASSESSMENT: Prolonged QT."), "R94.31", 1);
    }

    @Test
    void tobaccoSmokeNamedByItsSourceIsEnvironmentalTobaccoSmokeExposure() {
        assertSuggested(outpatientChecked("ASSESSMENT: Cigarette smoke exposure at home."), "Z77.22", 1);
        assertEquals("negated", mention(outpatientChecked("SOCIAL HISTORY: No tobacco smoke exposure."),
                "tobacco smoke exposure").assertion());
    }

    @Test
    void smokersInThePatientsHomeAreSecondHandSmokeExposureNotThePatientsSmoking() {
        CodingResult home = outpatientChecked("SOCIAL HISTORY: The boy attends kindergarten. There are smokers in the"
                + " household.");
        assertSuggested(home, "Z77.22", 1);
        assertNotSuggested(home, "F17.200");
        assertSuggested(outpatientChecked("SOCIAL HISTORY: Exposed to second-hand smoke at daycare."), "Z77.22", 1);
        assertNotSuggested(outpatientChecked("SOCIAL HISTORY: No smokers in the home."), "Z77.22");
    }

    @Test
    void aVisualDeclineIsVisualLossAndIntegralToTheCataractThatExplainsIt() {
        assertSuggested(outpatientChecked("ASSESSMENT: Visual decline of unclear cause."), "H54.7", 1);
        CodingResult cataract = outpatientChecked("ASSESSMENT: Visual decline caused by a nuclear cataract of the "
                + "right eye.");
        assertSuggested(cataract, "H25.11", 1);
        assertNotSuggested(cataract, "H54.7");
        assertEquals("integral", mention(cataract, "Visual decline").reason());
    }

    @Test
    void aFallInVisualAcuityAbbreviatedVaOrSaidLowOrPoorIsVisualLoss() {
        // ophthalmology case reports write visual acuity as "VA": a fall in it is Loss, vision, as written in full
        assertSuggested(inpatientChecked("HISTORY: Three days of painless VA decrease."), "H54.7", 1);
        assertSuggested(inpatientChecked("HISTORY: He reports a decrease in VA over one month."), "H54.7", 1);
        assertSuggested(inpatientChecked("ASSESSMENT: Decreased VA without pain or redness."), "H54.7", 1);
        assertSuggested(inpatientChecked("ASSESSMENT: Poor visual acuity at near and far."), "H54.7", 1);
        assertSuggested(inpatientChecked("ASSESSMENT: Low visual acuity since childhood."), "H54.7", 1);
        // the acuity measured and found normal is no loss
        assertNotSuggested(inpatientChecked("ASSESSMENT: VA was 1.0 in each eye."), "H54.7");
    }

    @Test
    void aRiseInPsaIsAnElevatedPsa() {
        assertSuggested(outpatientChecked("IMPRESSION: Slow rise in PSA."), "R97.20", 1);
    }

    @Test
    void corneaGuttataIsEndothelialCornealDystrophy() {
        CodingResult r = outpatientChecked("EXAM: Right cornea with 1+ guttata.\nIMPRESSION: Corneal guttata, right "
                + "eye.");
        assertTrue(codes(r).stream().anyMatch(c -> c.startsWith("H18.51")), codes(r).toString());
    }

    @Test
    void aThickenedValveIsTheFindingThickeningAndAThickenedEndometriumIsNoTesticle() {
        CodingResult valve = outpatientChecked("FINDINGS: The aortic valve is not thickened.");
        assertEquals("negated", mention(valve, "thickened").assertion());
        CodingResult endometrium = outpatientChecked("IMPRESSION: Thickened endometrium on ultrasound.");
        assertFalse(codes(endometrium).stream().anyMatch(c -> c.startsWith("R93.81")), codes(endometrium).toString());
    }

    @Test
    void aCodeSplitSinceTheIndexPrintedItKeepsItsMeaningInTheChildTitledAsItIs() {
        // the older Index's R93.8 (other body structures) is R93.89 now, not the unspecified testicle carved out
        CodingResult endometrium = outpatientChecked("IMPRESSION: Thickened endometrium on ultrasound.");
        assertTrue(codes(endometrium).contains("R93.89"), codes(endometrium).toString());
        CodingResult testis = outpatientChecked("IMPRESSION: Thickening of the right testicle on ultrasound.");
        assertFalse(codes(testis).contains("R93.89"), codes(testis).toString());
    }

    @Test
    void aScanHotSpotAndSleepStudyComplaintsAreFindings() {
        CodingResult r = outpatientChecked("FINDINGS: Focus of increased tracer activity in the skull. The study was "
                + "done for "
                + "frequent awakenings. No leg jerks were seen.");
        assertEquals("finding", mention(r, "increased tracer activity").reason());
        assertEquals("present", mention(r, "frequent awakenings").assertion());
        assertEquals("negated", mention(r, "leg jerks").assertion());
    }
}
