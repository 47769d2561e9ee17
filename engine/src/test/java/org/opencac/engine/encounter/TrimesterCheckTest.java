package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The trimester character of pregnancy codes read from the weeks of gestation (team-written notes). */
class TrimesterCheckTest {

    @Test
    void weeksOfGestationGiveTheTrimesterOfPregnancySupervision() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Routine prenatal care.\n"
                + "HPI: She is at 31 weeks of gestation and feels well.\n");
        assertTrue(codes.contains("Z34.93"), codes.toString());
        assertFalse(codes.contains("Z34.90"), codes.toString());
        assertTrue(codes.contains("Z3A.31"), codes.toString());
    }

    @Test
    void theTrimesterBoundariesFollowTheChapterNote() {
        assertEquals(1, TrimesterCheck.trimester("Z3A.01"));
        assertEquals(1, TrimesterCheck.trimester("Z3A.13"));
        assertEquals(2, TrimesterCheck.trimester("Z3A.14"));
        assertEquals(2, TrimesterCheck.trimester("Z3A.27"));
        assertEquals(3, TrimesterCheck.trimester("Z3A.28"));
        assertEquals(3, TrimesterCheck.trimester("Z3A.49"));
        assertEquals(0, TrimesterCheck.trimester("Z3A.00"));
        assertEquals(0, TrimesterCheck.trimester("Z34.90"));
    }

    @Test
    void withoutWeeksOfGestationTheTrimesterStaysUnspecified() {
        List<String> codes = outpatientCodes("REASON FOR VISIT: Routine prenatal care.\nHPI: She feels well.\n");
        assertTrue(codes.contains("Z34.90"), codes.toString());
    }

    @Test
    void atADeliveryAComplicationTakesItsChildbirthCodeInsteadOfItsTrimester() {
        List<String> codes = org.opencac.engine.testing.Coded.inpatientCodes(
                "POSTPARTUM DIAGNOSES: 1. Gestational hypertension. 2. Intrauterine pregnancy, 38 weeks.\n"
                + "PROCEDURE: Spontaneous vaginal delivery of a single live infant.\n");
        assertTrue(codes.contains("O13.4"), codes.toString());
        assertFalse(codes.contains("O13.3"), codes.toString());
        List<String> antenatal = outpatientCodes("REASON FOR VISIT: Gestational hypertension.\n"
                + "HPI: She is at 33 weeks of gestation, blood pressures are up.\n");
        assertTrue(antenatal.contains("O13.3"), "no delivery: the trimester's code " + antenatal);
    }

    @Test
    void aPregnancyTheNoteCallsTermIsInTheThirdTrimester() {
        // no weeks are written, but a term pregnancy is 37 weeks or more: the third trimester, not the unspecified one
        List<String> codes = outpatientCodes("DIAGNOSES:\n1. Oligohydramnios.\n2. Term pregnancy.\n");
        assertTrue(codes.contains("O41.03X0"), codes.toString());
        assertFalse(codes.contains("O41.00X0"), codes.toString());
    }

    @Test
    void aPretermPregnancyGivesNoTrimesterOfItsOwn() {
        // "pre-term" carries the word after a hyphen: it says before term, and no weeks are written
        List<String> codes = outpatientCodes("DIAGNOSES:\n1. Oligohydramnios.\n2. Pre-term pregnancy.\n");
        assertFalse(codes.contains("O41.03X0"), codes.toString());
    }

    @Test
    void monthsOfPregnancyInOneTrimesterGiveIt() {
        // five months is 21 to 26 weeks: the second trimester, when no weeks are written
        List<String> codes = outpatientCodes("DIAGNOSES:\n1. Oligohydramnios.\nHPI: She is five months pregnant.\n");
        assertTrue(codes.contains("O41.02X0"), codes.toString());
        assertFalse(codes.contains("O41.00X0"), codes.toString());
    }

    @Test
    void monthsOfPregnancyAcrossATrimesterBoundaryLeaveItUnspecified() {
        // six months is 26 to 30 weeks: either side of week 28
        List<String> codes = outpatientCodes("DIAGNOSES:\n1. Oligohydramnios.\nHPI: She is six months pregnant.\n");
        assertFalse(codes.contains("O41.02X0"), codes.toString());
        assertFalse(codes.contains("O41.03X0"), codes.toString());
    }
}
