package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a symptom is likened to in a relative clause ("pain which feels like cramps") tells the symptom's
 * quality, not a second condition (team-written sentences).
 */
class SymptomLikenedToAnotherTest {

    @Test
    void crampsThatDescribeAPainAreNotCoded() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Abdominal pain, which feels like cramps at"
                + " night.\n");
        assertFalse(codes.contains("R25.2"), codes.toString());
    }

    @Test
    void aQuotedLikeningIsNotCodedEither() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Chest pain that feels \"like cramps\" in the"
                + " evening.\n");
        assertFalse(codes.contains("R25.2"), codes.toString());
    }

    @Test
    void crampsToldAsTheirOwnComplaintAreCoded() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Leg cramps at night for two weeks.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("R25.2")), codes.toString());
    }
}
