package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.inpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unspecified-side code whose both-sides form the Tabular keeps in another code ("Unspecified visual loss" H54.7
 * and "Unqualified visual loss, both eyes" H54.3) takes it where its own clause says both sides (team-written
 * sentences; Guidelines I.B.13).
 */
class BothSidesCodeOfUnspecifiedSideTest {

    @Test
    void aBilateralWordOfTheClauseGivesTheBothEyesCode() {
        List<String> codes = inpatientCodes("Impression: bilateral reduced visual acuity, worse at night.");
        assertTrue(codes.contains("H54.3"), codes.toString());
        assertFalse(codes.contains("H54.7"), codes.toString());
    }

    @Test
    void aTrailingBilaterallyGivesItToo() {
        List<String> codes = inpatientCodes("He has had decreased vision bilaterally for a year.");
        assertTrue(codes.contains("H54.3"), codes.toString());
    }

    @Test
    void aBilateralWordOfAnotherSentenceGivesNoSide() {
        List<String> codes = inpatientCodes("Bilateral knee pain. She also notes decreased vision lately.");
        assertFalse(codes.contains("H54.3"), codes.toString());
    }

    @Test
    void oneNamedEyeStaysTheOneEyeCode() {
        List<String> codes = inpatientCodes("Decreased vision of the right eye with bilateral eyelid swelling.");
        assertFalse(codes.contains("H54.3"), codes.toString());
    }
}
