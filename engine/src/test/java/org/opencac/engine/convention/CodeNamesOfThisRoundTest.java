package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that code their condition: angina after an infarction (I23.7), a sixth nerve palsy written with an
 * arabic numeral, an abscess of a heart valve leaflet (infective endocarditis, I33.0), and a gangrenous
 * appendicitis with its localized peritonitis (K35.31), also written in Index order after an acute appendicitis.
 */
class CodeNamesOfThisRoundTest {

    @Test
    void postInfarctAnginaIsPostinfarctionAngina() {
        List<String> codes = outpatientCodes("PREOPERATIVE DIAGNOSIS: Post infarct angina.\n");
        assertTrue(codes.contains("I23.7"), codes.toString());
        assertFalse(codes.contains("I20.9"), codes.toString());
    }

    @Test
    void aSixthNervePalsyWrittenWithANumeralIsCodedWithItsEye() {
        List<String> codes = outpatientCodes("IMPRESSION: Right CN6 palsy with horizontal double vision.\n");
        assertTrue(codes.contains("H49.21"), codes.toString());
    }

    @Test
    void anAbscessOfAValveLeafletIsInfectiveEndocarditis() {
        List<String> codes = outpatientCodes("OPERATIONS: 1. Mitral valve repair. 2. Posterior leaflet abscess "
                + "resection.\n");
        assertTrue(codes.contains("I33.0"), codes.toString());
    }

    @Test
    void gangrenousAppendicitisWithLocalPeritonitisIsOneCode() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Acute gangrenous appendicitis with localized "
                + "peritonitis.\n");
        assertTrue(codes.contains("K35.31"), codes.toString());
        assertFalse(codes.contains("K35.30"), codes.toString());
    }

    @Test
    void gangreneWrittenAfterTheAcuteAppendicitisInIndexOrderIsRead() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Acute appendicitis, gangrenous.\n");
        assertTrue(codes.contains("K35.891"), codes.toString());
        assertFalse(codes.contains("K35.80"), codes.toString());
    }
}
