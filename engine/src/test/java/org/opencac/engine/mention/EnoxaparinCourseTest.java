package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Enoxaparin given for a stated number of days is a short course, not long-term anticoagulation (Z79.01). */
class EnoxaparinCourseTest {

    @Test
    void aCourseOfStatedDaysIsNotLongTermUse() {
        List<String> codes = outpatientCodes("DISCHARGE MEDICATIONS: Enoxaparin 40 mg injected subcutaneously"
                + " every morning for 10 days.\n");
        assertFalse(codes.contains("Z79.01"), codes.toString());
    }

    @Test
    void aTabletAnticoagulantOnTheListStaysLongTermUse() {
        List<String> codes = outpatientCodes("MEDICATIONS: Warfarin 5 mg by mouth daily.\n");
        assertTrue(codes.contains("Z79.01"), codes.toString());
    }
}
