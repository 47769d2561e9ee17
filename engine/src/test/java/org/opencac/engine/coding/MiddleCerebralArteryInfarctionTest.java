package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An infarction named by its middle cerebral artery and side, with no mechanism written, is the Tabular's
 * infarction due to unspecified occlusion or stenosis of that artery (I63.51-), not the unspecified infarction
 * (team-written notes).
 */
class MiddleCerebralArteryInfarctionTest {

    @Test
    void aSidedMiddleCerebralArteryStrokeTakesItsArteryAndSide() {
        List<String> right = outpatientCodes("HISTORY OF PRESENT ILLNESS: She was admitted yesterday with an acute "
                + "right MCA stroke and left arm weakness.\n");
        assertTrue(right.contains("I63.511"), right.toString());
        assertFalse(right.contains("I63.9"), right.toString());
        List<String> left = outpatientCodes("IMPRESSION: Acute left middle cerebral artery infarction.\n");
        assertTrue(left.contains("I63.512"), left.toString());
    }

    @Test
    void aStrokeNamingNoArteryStaysTheUnspecifiedInfarction() {
        List<String> codes = outpatientCodes("IMPRESSION: Acute stroke with left arm weakness.\n");
        assertTrue(codes.contains("I63.9"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I63.5")), codes.toString());
    }
}
