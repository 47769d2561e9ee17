package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A code that leaves only its side unspecified ("Pain in leg, unspecified") is never traded for a default that
 * calls the site itself unspecified ("Pain in unspecified limb") because the clause writes the sibling's word
 * ("limb"): the documented lower limb is the leg (Guidelines I.A.9).
 */
class DocumentedSiteIsNotMadeUnspecifiedTest {

    @Test
    void painInTheLowerLimbsStaysPainInLeg() {
        List<String> codes = outpatientCodes("HISTORY: She began with pain in the lower limbs this morning.\n");
        assertTrue(codes.contains("M79.606"), codes.toString());
        assertFalse(codes.contains("M79.609"), codes.toString());
    }

    @Test
    void painInBothLowerLimbsIsCodedForEachLeg() {
        List<String> codes = outpatientCodes("HISTORY: She began with pain in both lower limbs this morning.\n");
        assertTrue(codes.contains("M79.604"), codes.toString());
        assertTrue(codes.contains("M79.605"), codes.toString());
        assertFalse(codes.contains("M79.609"), codes.toString());
    }
}
