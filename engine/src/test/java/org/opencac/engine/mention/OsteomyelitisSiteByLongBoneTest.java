package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Tabular codes osteomyelitis and other bone disorders by limb segment ("thigh", "upper arm"); a note names the
 * long bone of that segment (femur, humerus, tibia), which stands for the segment's title words.
 */
class OsteomyelitisSiteByLongBoneTest {

    @Test
    void aSubperiostealAbscessOfTheFemurIsOsteomyelitisOfTheThigh() {
        List<String> codes = outpatientCodes("POSTOPERATIVE DIAGNOSIS: Subperiosteal abscess of the left femur.\n");
        assertTrue(codes.contains("M86.8X5"), codes.toString());
        assertFalse(codes.contains("M86.8X9"), codes.toString());
    }

    @Test
    void anAbscessUnderThePeriosteumOfTheTibiaIsOfTheLowerLegAndOfTheHumerusOfTheUpperArm() {
        List<String> tibial = outpatientCodes("ASSESSMENT: Subperiosteal abscess of the right tibia.\n");
        assertTrue(tibial.contains("M86.8X6"), tibial.toString());
        List<String> humeral = outpatientCodes("ASSESSMENT: Subperiosteal abscess of the proximal humerus.\n");
        assertTrue(humeral.contains("M86.8X2"), humeral.toString());
    }
}
