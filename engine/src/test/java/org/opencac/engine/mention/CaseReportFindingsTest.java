package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.note.Note;
import org.opencac.engine.testing.NoteAssert;
import org.opencac.engine.testing.TestModels;

/** Laboratory findings, habits and organisms worded as case reports word them (team-written sentences). */
class CaseReportFindingsTest {

    private static List<String> codes(String note) {
        return NoteAssert.codes(TestModels.pipeline().code(new Note(note, CareSetting.INPATIENT)));
    }

    @Test
    void aRaisedTestValueIsReadWhicheverWayItIsWorded() {
        assertTrue(codes("Blood work on arrival showed increased liver enzymes.").contains("R74.01"));
        assertTrue(codes("Her panel showed elevation of the transaminases.").contains("R74.01"));
        assertTrue(codes("The chemistry showed increased creatinine on two draws.").contains("R94.4"));
        assertTrue(codes("The only abnormal value was a raised lactate dehydrogenase.").contains("R74.02"));
        assertFalse(codes("There was no elevation of liver enzymes after the dose.").contains("R74.01"));
    }

    @Test
    void aSmokingHabitIsNicotineDependence() {
        assertTrue(codes("A retired baker with a smoking habit of thirty years.").contains("F17.200"));
    }

    @Test
    void aStreptococcusOrStaphylococcusOfNoNamedSpeciesIsTheUnspecifiedAgent() {
        List<String> strep = codes("The wound abscess was drained and its culture grew streptococcus.");
        assertTrue(strep.contains("B95.5"), strep.toString());
        List<String> viridans = codes("Two blood cultures grew Streptococcus mitis.");
        assertTrue(viridans.contains("B95.4") && !viridans.contains("B95.5"), viridans.toString());
        assertTrue(codes("Three blood cultures grew coagulase-negative staphylococci.").contains("B95.7"));
        assertTrue(codes("The urine culture grew klebsiella sensitive to ceftriaxone.").contains("B96.1"));
    }

    @Test
    void tubulointerstitialWrittenAsOneWordIsTheIndexsHyphenatedWord() {
        assertTrue(codes("The kidney biopsy showed tubulointerstitial nephritis.").contains("N12"));
    }

    @Test
    void aVasectomyIsAStatusOnlyWhenItWasDoneBefore() {
        assertTrue(codes("His past history was unremarkable apart from a vasectomy ten years ago.").contains("Z98.52"));
        assertFalse(codes("A vasectomy is planned for next month.").contains("Z98.52"));
    }

    @Test
    void theAnesthesiaGivenAtAProcedureIsNoComplicationOfAnesthesia() {
        assertFalse(codes("Under the effects of general anesthesia the skin was prepped and draped.").contains("T88.59XA"));
    }

    @Test
    void anOralHypoglycemicAgentIsADrugNotAHypoglycemia() {
        List<String> codes = codes("A woman with type 2 diabetes treated with oral hypoglycemic agents was admitted.");
        assertFalse(codes.contains("E11.649"), codes.toString());
    }

    @Test
    void aDressingChangeOrCatheterRemovalInAnOperativeNarrativeIsNoEncounterReason() {
        assertFalse(codes("Procedure: below-knee amputation and dressing change of the other foot.").contains("Z48.00"));
        assertFalse(codes("The plan is removal of the Foley catheter in two days.").contains("Z46.6"));
        assertTrue(codes("She presents for removal of her sutures after the laceration repair.").contains("Z48.02"));
    }
}
