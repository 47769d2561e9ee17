package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.CandidateDocs.cand;
import static org.opencac.engine.testing.CandidateDocs.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencac.engine.Document;
import org.opencac.engine.coding.CodeCandidate;
import org.opencac.engine.note.CareSetting;
import org.opencac.engine.outcome.NotCodedReason;
import org.opencac.engine.testing.CandidateDocs;

/**
 * Codes not reported beside certain others: O80 (Guidelines I.C.15.b.4), Z3A with an abortive outcome, a device or
 * transplant status beside the complication of that device or transplant (I.C.21.c.3).
 */
class SoleCodeCheckTest {
    private static final SoleCodeCheck CHECK = SoleCodeCheck.standard();

    @Test
    void anUncomplicatedDeliveryIsNotCodedBesideAComplicationOfTheDelivery() {
        Document d = CHECK.process(doc(cand("O80", 0), cand("O72.1", 1), cand("Z37.0", 2), cand("Z3A.39", 3)));
        assertEquals(List.of("O72.1", "Z37.0", "Z3A.39"), codes(d));
        assertEquals(NotCodedReason.DROPPED_BY_CONVENTION, d.decisions().get(0).reason());
        assertTrue(d.decisions().get(0).detail().contains("I.C.15.b.4"), d.decisions().toString());
    }

    @Test
    void longTermInsulinIsNotCodedBesideTypeOneDiabetes() {
        assertEquals(List.of("E10.65"), codes(CHECK.process(doc(cand("E10.65", 0), cand("Z79.4", 1)))));
        assertEquals(List.of("O24.012"), codes(CHECK.process(doc(cand("O24.012", 0), cand("Z79.4", 1)))));
    }

    @Test
    void longTermInsulinStaysBesideTypeTwoDiabetes() {
        Document in = doc(cand("E11.65", 0), cand("Z79.4", 1));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void anUncomplicatedDeliveryWithItsOutcomeAndWeeksStays() {
        Document in = doc(cand("O80", 0), cand("Z37.0", 1), cand("Z3A.39", 2));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void weeksOfGestationAreNotCodedForAnEctopicPregnancy() {
        assertEquals(List.of("O00.101", "O08.1"),
                codes(CHECK.process(doc(cand("O00.101", 0), cand("Z3A.08", 1), cand("O08.1", 2)))));
    }

    @Test
    void aCircumcisionDoneForAConditionOfThePrepuceIsCodedByThatCondition() {
        assertEquals(List.of("N47.1"), codes(CHECK.process(doc(cand("Z41.2", 0), cand("N47.1", 1)))));
    }

    @Test
    void aCircumcisionWithNoConditionStaysTheEncounterForIt() {
        Document in = doc(cand("Z41.2", 0), cand("Z23", 1));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void aCervicalDiscDisplacementIsCodedAtItsMostSuperiorLevel() {
        assertEquals(List.of("M50.222"),
                codes(CHECK.process(doc(cand("M50.222", 0), cand("M50.223", 1)))));
        assertEquals(List.of("M50.01"),
                codes(CHECK.process(doc(cand("M50.022", 0), cand("M50.01", 1)))));
    }

    @Test
    void anAbnormalWeightLossIsNotCodedBesideAnObeseBodyMassIndexOrABariatricStatus() {
        assertEquals(List.of("E66.01", "Z68.41"),
                codes(CHECK.process(doc(cand("E66.01", 0), cand("R63.4", 1), cand("Z68.41", 2)))));
        assertEquals(List.of("Z98.84"), codes(CHECK.process(doc(cand("R63.4", 0), cand("Z98.84", 1)))));
    }

    @Test
    void anAbnormalWeightLossStaysBesideANormalBodyMassIndexOrAnObesityWithoutItsIndex() {
        Document in = doc(cand("R63.4", 0), cand("Z68.22", 1));
        assertEquals(in, CHECK.process(in));
        Document named = doc(cand("R63.4", 0), cand("E66.9", 1));
        assertEquals(named, CHECK.process(named));
    }

    @Test
    void aDeviceStatusIsNotCodedBesideTheComplicationOfThatDevice() {
        Document d = CHECK.process(doc(cand("T85.09XA", 0), cand("Z98.2", 1)));
        assertEquals(List.of("T85.09XA"), codes(d));
        assertTrue(d.decisions().get(0).detail().contains("I.C.21.c.3"), d.decisions().toString());
        assertEquals(List.of("T86.11"), codes(CHECK.process(doc(cand("Z94.0", 0), cand("T86.11", 1)))));
        assertEquals(List.of("J95.00"), codes(CHECK.process(doc(cand("J95.00", 0), cand("Z93.0", 1)))));
    }

    @Test
    void anOrgansAbsenceIsNotCodedBesideAPostproceduralConditionWhoseTitleNamesItsRemoval() {
        Document d = CHECK.process(doc(cand("N99.3", 0), cand("Z90.710", 1)));
        assertEquals(List.of("N99.3"), codes(d));
        assertTrue(d.decisions().get(0).detail().contains("I.C.21.c.3"), d.decisions().toString());
        assertEquals(List.of("I97.2"), codes(CHECK.process(doc(cand("I97.2", 0), cand("Z90.12", 1)))));
    }

    @Test
    void aStentLensOrBariatricStatusIsNotCodedBesideTheComplicationOfThatProcedure() {
        assertEquals(List.of("T82.855A"), codes(CHECK.process(doc(cand("T82.855A", 0), cand("Z95.5", 1)))));
        assertEquals(List.of("T85.22XA"), codes(CHECK.process(doc(cand("Z96.1", 0), cand("T85.22XA", 1)))));
        assertEquals(List.of("K95.89"), codes(CHECK.process(doc(cand("K95.89", 0), cand("Z98.84", 1)))));
    }

    @Test
    void anOrgansAbsenceBesideAnotherConditionStays() {
        Document in = doc(cand("N81.10", 0), cand("Z90.710", 1), cand("Z95.5", 2));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void aDeviceStatusBesideAComplicationOfAnotherDeviceStays() {
        Document in = doc(cand("T84.020A", 0), cand("Z95.0", 1), cand("Z98.2", 2));
        assertEquals(in, CHECK.process(in));
    }

    @Test
    void twoKindsOfCervicalDiscDisorderAtTwoLevelsAreBothKept() {
        Document in = doc(cand("M50.122", 0), cand("M50.323", 1));
        assertEquals(in, CHECK.process(in));
    }

    private static Document doc(CodeCandidate... c) {
        return CandidateDocs.doc(CareSetting.INPATIENT, c);
    }
}
