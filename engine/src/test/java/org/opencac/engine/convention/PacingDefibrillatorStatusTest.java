package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An implantable defibrillator that also paces is the presence of the defibrillator (Z95.810, which includes
 * one with a synchronous pacemaker), and the pacemaker status Z95.0 is not coded beside it (Tabular Z95.0
 * Excludes1 Z95.810).
 */
class PacingDefibrillatorStatusTest {

    @Test
    void aPacemakerIcdIsTheDefibrillatorStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: Ischemic cardiomyopathy with a pacemaker ICD in place.\n");
        assertTrue(codes.contains("Z95.810"), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aPacemakerDefibrillatorIsTheDefibrillatorStatus() {
        List<String> codes = outpatientCodes("ASSESSMENT: Ischemic cardiomyopathy. Pacemaker-defibrillator in place, "
                + "functioning well.\n");
        assertTrue(codes.contains("Z95.810"), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }

    @Test
    void aPacemakerNamedBesideAnAicdIsNotCodedAsAPacemaker() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY: Heart failure, AICD/pacemaker.\n");
        assertTrue(codes.contains("Z95.810"), codes.toString());
        assertFalse(codes.contains("Z95.0"), codes.toString());
    }
}
