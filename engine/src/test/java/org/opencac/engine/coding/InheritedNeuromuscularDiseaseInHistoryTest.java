package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An inherited neuromuscular disease is lifelong: "a history of" it is the disease held now (team-written). */
class InheritedNeuromuscularDiseaseInHistoryTest {

    @Test
    void aHistoryOfCharcotMarieToothIsTheNeuropathyNotAPersonalHistoryCode() {
        List<String> codes = outpatientCodes("HISTORY: The young man has a history of Charcot-Marie-Tooth "
                + "disease and comes for a painful hammer toe.\nASSESSMENT: Hammer toe, right second toe.\n");
        assertTrue(codes.contains("G60.0"), codes.toString());
        assertFalse(codes.contains("Z86.69"), codes.toString());
    }
}
