package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lasting condition named as the object of an operation told as past ("status post AAA repair", "history of
 * repair of the aneurysm") is over: its personal history code, not the current condition (team-written).
 */
class ConditionAnOperationEndedTest {

    @Test
    void anAneurysmRepairToldAsPastIsAPersonalHistory() {
        List<String> codes = outpatientCodes("ASSESSMENT: Knee pain. He is status post AAA repair in 2016.\n");
        assertTrue(codes.contains("Z86.79"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I71")), codes.toString());
    }

    @Test
    void aRepairOfTheAneurysmAfterSlashPIsAPersonalHistory() {
        List<String> codes = outpatientCodes("ASSESSMENT: Cough. She is s/p repair of abdominal aortic aneurysm.\n");
        assertTrue(codes.contains("Z86.79"), codes.toString());
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("I71")), codes.toString());
    }

    @Test
    void aRepairedHiatalHerniaIsNotCodedAsCurrent() {
        List<String> codes = outpatientCodes("ASSESSMENT: Reflux. History of hiatal hernia repair years ago.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("K44")), codes.toString());
    }

    @Test
    void anAneurysmAwaitingItsRepairIsCurrent() {
        List<String> codes = outpatientCodes("ASSESSMENT: Abdominal aortic aneurysm of 6 cm. We will schedule"
                + " the AAA repair.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("I71")), codes.toString());
    }

    @Test
    void aHistoryOfAnAneurysmNotRepairedStaysCurrent() {
        List<String> codes = outpatientCodes("ASSESSMENT: History of abdominal aortic aneurysm, followed by"
                + " ultrasound.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("I71")), codes.toString());
    }

    @Test
    void anAgeIsNoPastOfTheRepair() {
        List<String> codes = outpatientCodes("HPI: This 70-year-old man was sent by his doctor requesting AAA repair.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("I71")), codes.toString());
        assertFalse(codes.contains("Z86.79"), codes.toString());
    }
}
