package org.opencac.engine.encounter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit or study to interrogate, check or reprogram an implanted cardiac device is an encounter for its
 * adjustment and management (Index: Admission, adjustment, device, cardiac): a pacemaker Z45.018, its battery
 * Z45.010 (also its replacement at the end of its life, Tabular Z45.010), an implantable defibrillator (also one that
 * paces) Z45.02, listed first (Section IV). The presence
 * code Z95.0 is not coded beside it (Tabular Z95.0 Excludes1 Z45.0-).
 */
class CardiacDeviceCheckTest {

    @Test
    void aPacemakerInterrogationVisitLeadsWithThePacemakerEncounter() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Routine device visit.\n"
                + "HISTORY OF PRESENT ILLNESS: He has complete heart block with a permanent pacemaker and comes in "
                + "for pacemaker interrogation.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z45.018", codes.get(0), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aBatteryCheckIsTheCheckOfThePulseGenerator() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Pacemaker battery check.\n"
                + "HISTORY: Sick sinus syndrome, permanent pacemaker placed years ago.\n");
        assertTrue(codes.contains("Z45.010"), codes.toString());
        assertFalse(codes.contains("Z45.018"), codes.toString());
    }

    @Test
    void aBatteryAtItsEndOfLifeInTheAssessmentIsTheEncounterForReplacingIt() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS: Sick sinus syndrome with a single chamber "
                + "pacemaker placed many years ago.\n"
                + "ASSESSMENT AND PLAN:\n1. Sick sinus syndrome.\n2. Hypertension.\n"
                + "3. Pacemaker battery at elective replacement indicator, for generator change on Monday.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z45.010", codes.get(0), codes.toString());
        assertTrue(codes.contains("I49.5"), codes.toString());
    }

    @Test
    void aPulseGeneratorChangeIsTheEncounterForReplacingTheBattery() {
        List<String> codes = outpatientCodes("PROCEDURE: Pacemaker generator change.\n"
                + "INDICATION: Complete heart block, device at end of service.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z45.010", codes.get(0), codes.toString());
        assertFalse(codes.contains("Z45.018"), "the generator's change is the one pacemaker encounter " + codes);
    }

    @Test
    void aDefibrillatorGeneratorChangeIsNoPacemakerBatteryEncounter() {
        List<String> codes = outpatientCodes("PROCEDURE: ICD generator change.\n"
                + "DIAGNOSIS: Ischemic cardiomyopathy.\n");
        assertFalse(codes.contains("Z45.010"), codes.toString());
    }

    @Test
    void aDefibrillatorThatPacesIsCheckedAsTheDefibrillator() {
        List<String> codes = outpatientCodes("PROCEDURE: ICD pacemaker interrogation.\n"
                + "DIAGNOSIS: Dilated cardiomyopathy.\n"
                + "IMPRESSION: Normal device function, no changes made.\n");
        assertFalse(codes.isEmpty(), codes.toString());
        assertEquals("Z45.02", codes.get(0), codes.toString());
        assertFalse(codes.contains("Z45.018"), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aPacemakerNamedOnlyInTheHistoryIsNoDeviceCheck() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Blood pressure follow-up.\n"
                + "HISTORY OF PRESENT ILLNESS: She has essential hypertension and a permanent pacemaker and is "
                + "here for blood pressure review.\n");
        assertFalse(codes.contains("Z45.018"), codes.toString());
        assertFalse(codes.contains("Z45.02"), codes.toString());
    }
}
