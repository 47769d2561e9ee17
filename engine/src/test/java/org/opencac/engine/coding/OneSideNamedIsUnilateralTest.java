package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the code set splits a condition into unilateral and bilateral without a right or left axis
 * (craniosynostosis of one suture, Q75.02- and Q75.04-), a clause naming one side documents "unilateral".
 */
class OneSideNamedIsUnilateralTest {

    @Test
    void aRightCoronalSynostosisIsUnilateral() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right coronal synostosis in an infant of six months.\n");
        assertTrue(codes.contains("Q75.021"), codes.toString());
        assertFalse(codes.contains("Q75.029"), codes.toString());
    }

    @Test
    void aLeftLambdoidSynostosisIsUnilateral() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left lambdoid synostosis.\n");
        assertTrue(codes.contains("Q75.041"), codes.toString());
    }

    @Test
    void bothSidesNamedAreBilateralNotUnilateral() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Bilateral coronal synostosis.\n");
        assertTrue(codes.contains("Q75.022"), codes.toString());
        assertFalse(codes.contains("Q75.021"), codes.toString());
    }

    @Test
    void noSideNamedStaysUnspecified() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Coronal synostosis.\n");
        assertTrue(codes.contains("Q75.029"), codes.toString());
    }
}
