package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCheckedCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions the Index lists only below "Pregnancy, complicated by" or "Delivery, complicated by" are read from
 * the diagnostic statement of a pregnant patient's record, and a liveborn neonate is the outcome of her delivery.
 */
class ObstetricConditionInStatementTest {

    private static final String LABOUR = "History: a 27-year-old gravida 2 para 1 at 39 weeks was admitted in active labor. ";

    @Test
    void cephalopelvicDisproportionInTheStatementIsMaternalCareForDisproportion() {
        List<String> codes = inpatientCheckedCodes(LABOUR
                + "Postoperative diagnoses: 1. Intrauterine pregnancy at 39 weeks. 2. Cephalopelvic disproportion.");
        assertTrue(codes.contains("O33.9"), codes.toString());
    }

    @Test
    void meconiumInTheFluidIsTheDeliveryComplication() {
        List<String> codes = inpatientCheckedCodes(LABOUR
                + "Postoperative diagnoses: 1. Term pregnancy. 2. Meconium-stained amniotic fluid.");
        assertTrue(codes.contains("O77.0"), codes.toString());
    }

    @Test
    void aViableNeonateDeliveredIsTheOutcomeOfDelivery() {
        List<String> codes = inpatientCheckedCodes(LABOUR + "Postoperative diagnoses: 1. Cephalopelvic disproportion. "
                + "2. Delivery of a viable male neonate.");
        assertTrue(codes.contains("Z37.0"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("Z38")), codes.toString());
    }

    @Test
    void aViableInfantDeliveredIsTheOutcomeOfDelivery() {
        List<String> codes = inpatientCheckedCodes(LABOUR
                + "Postoperative diagnosis: delivery of a viable female infant.");
        assertTrue(codes.contains("Z37.0"), codes.toString());
    }

    @Test
    void aNewbornsStatementTakesNoPregnancyCode() {
        List<String> codes = inpatientCheckedCodes("This is a 2-day-old male born at term by cesarean section. "
                + "Assessment: 1. Term newborn. 2. Meconium-stained amniotic fluid at birth.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("O")), codes.toString());
    }

    @Test
    void aStatementOfAPatientNotPregnantTakesNoPregnancyCode() {
        List<String> codes = inpatientCheckedCodes("History: a 60-year-old man with knee pain. "
                + "Assessment: disproportion of the limbs after the fracture.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("O")), codes.toString());
    }

    @Test
    void aStatementThatTellsNoPregnancyIsNotWalkedFromTheHeads() {
        List<String> codes = inpatientCheckedCodes(
                "Birth history: born by vaginal delivery at term after a normal pregnancy. Assessment: 1. Well child. "
                + "2. Trauma. 3. We discussed poisons in the home and car seats.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("O")), codes.toString());
    }

    @Test
    void aSentenceOfTheStatementTellingTheLabourIsNoComplication() {
        List<String> codes = inpatientCheckedCodes(LABOUR + "Summary: the pregnancy went well and she then had "
                + "spontaneous rupture of the membranes with clear fluid at term.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("O42")), codes.toString());
    }

    @Test
    void theNarrativeIsNotWalkedFromTheHeads() {
        List<String> codes = inpatientCheckedCodes(LABOUR + "The fluid was clear and there was no disproportion. "
                + "Postoperative diagnosis: term pregnancy, delivered.");
        assertFalse(codes.contains("O33.9"), codes.toString());
    }
}
