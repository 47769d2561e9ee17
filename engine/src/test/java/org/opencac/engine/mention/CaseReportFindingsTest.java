package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Laboratory findings, habits and organisms worded as case reports word them (team-written sentences). */
class CaseReportFindingsTest {

    @Test
    void aRaisedTestValueIsReadWhicheverWayItIsWorded() {
        assertTrue(inpatientCodes("Blood work on arrival showed increased liver enzymes.").contains("R74.01"));
        assertTrue(inpatientCodes("Her panel showed elevation of the transaminases.").contains("R74.01"));
        assertTrue(inpatientCodes("The chemistry showed increased creatinine on two draws.").contains("R94.4"));
        assertTrue(inpatientCodes("The only abnormal value was a raised lactate dehydrogenase.").contains("R74.02"));
        assertFalse(inpatientCodes("There was no elevation of liver enzymes after the dose.").contains("R74.01"));
    }

    @Test
    void anIncreaseInOrOfATestValueIsARaisedValueAndNoIncreaseDeniesIt() {
        assertTrue(inpatientCodes("On the third day her panel showed an increase in transaminases.").contains("R74.01"));
        assertTrue(inpatientCodes("The workup found a steady increase of creatinine.").contains("R94.4"));
        assertFalse(inpatientCodes("Repeat tests found no increase in liver enzymes.").contains("R74.01"));
        assertFalse(inpatientCodes("The chart notes no fever and no increase in creatinine.").contains("R94.4"));
    }

    @Test
    void theOtherNamesOfHematospermiaAndHydronephrosisAreRead() {
        assertTrue(inpatientCodes("For two months he had noticed hemospermia after intercourse.").contains("R36.1"));
        assertTrue(inpatientCodes("The scan found a left ureterohydronephrosis of unclear cause.").contains("N13.30"));
        assertTrue(inpatientCodes("Ultrasound showed grade two hydroureteronephrosis on the right.").contains("N13.30"));
    }

    @Test
    void aSmokingHabitIsNicotineDependence() {
        assertTrue(inpatientCodes("A retired baker with a smoking habit of thirty years.").contains("F17.200"));
    }

    @Test
    void aStreptococcusOrStaphylococcusOfNoNamedSpeciesIsTheUnspecifiedAgent() {
        List<String> strep = inpatientCodes("The wound abscess was drained and its culture grew streptococcus.");
        assertTrue(strep.contains("B95.5"), strep.toString());
        List<String> viridans = inpatientCodes("Two blood cultures grew Streptococcus mitis.");
        assertTrue(viridans.contains("B95.4") && !viridans.contains("B95.5"), viridans.toString());
        assertTrue(inpatientCodes("Three blood cultures grew coagulase-negative staphylococci.").contains("B95.7"));
        assertTrue(inpatientCodes("The urine culture grew klebsiella sensitive to ceftriaxone.").contains("B96.1"));
    }

    @Test
    void tubulointerstitialWrittenAsOneWordIsTheIndexsHyphenatedWord() {
        assertTrue(inpatientCodes("The kidney biopsy showed tubulointerstitial nephritis.").contains("N12"));
    }

    @Test
    void aVasectomyIsAStatusOnlyWhenItWasDoneBefore() {
        assertTrue(inpatientCodes("His past history was unremarkable apart from a vasectomy ten years "
                + "ago.").contains("Z98.52"));
        assertFalse(inpatientCodes("A vasectomy is planned for next month.").contains("Z98.52"));
    }

    @Test
    void theAnesthesiaGivenAtAProcedureIsNoComplicationOfAnesthesia() {
        assertFalse(inpatientCodes("Under the effects of general anesthesia the skin was prepped and draped.").contains("T88.59XA"));
    }

    @Test
    void anOralHypoglycemicAgentIsADrugNotAHypoglycemia() {
        List<String> codes = inpatientCodes("A woman with type 2 diabetes treated with oral hypoglycemic agents was "
                + "admitted.");
        assertFalse(codes.contains("E11.649"), codes.toString());
    }

    @Test
    void aDressingChangeOrCatheterRemovalInAnOperativeNarrativeIsNoEncounterReason() {
        assertFalse(inpatientCodes("Procedure: below-knee amputation and dressing change of the other foot.").contains("Z48.00"));
        assertFalse(inpatientCodes("The plan is removal of the Foley catheter in two days.").contains("Z46.6"));
        assertTrue(inpatientCodes("She presents for removal of her sutures after the laceration "
                + "repair.").contains("Z48.02"));
    }

    @Test
    void edemaOfANamedRegionIsLocalizedEdema() {
        List<String> legs = inpatientCodes("On examination she had edema with pitting in both lower extremities.");
        assertTrue(legs.contains("R60.0"), legs.toString());
        List<String> genital = inpatientCodes("Two weeks later he came back complaining of genital edema.");
        assertTrue(genital.contains("R60.0"), genital.toString());
    }

    @Test
    void aSensoryHypersensitivityIsNoAllergy() {
        assertFalse(inpatientCodes("The boy shows hypersensitivity to loud sounds and to certain fabrics.")
                .contains("T78.40XA"));
        assertFalse(inpatientCodes("Months later she described hypersensitivity in the skin area of the graft.")
                .contains("T78.40XA"));
        assertTrue(inpatientCodes("She developed a hypersensitivity reaction to amoxicillin with hives.")
                .contains("T78.40XA"));
    }
}
