package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A symptom told with "a long history of" is held now; a condition so told keeps the past reading (team-written). */
class LongHistoryOfASymptomTest {

    @Test
    void aLongHistoryOfHeartburnIsTheComplaintHeldNow() {
        List<String> codes = outpatientCodes("IMPRESSION: A long history of heartburn for many years, "
                + "eased by antacids.\n");
        assertTrue(codes.contains("R12"), codes.toString());
    }

    @Test
    void aLongHistoryOfAnUlcerStaysAPastCondition() {
        List<String> codes = outpatientCodes("HPI: He has a long history of peptic ulcer disease and comes "
                + "for a cough.\nASSESSMENT: Acute bronchitis.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("K27")), codes.toString());
    }
}
