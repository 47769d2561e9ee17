package org.opencac.engine.convention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Guidelines I.B.13: a breast lump or malignancy placed by the clock is in the quadrant that hour names. */
class BreastClockPositionCheckTest {

    @Test
    void aLumpOfTheLeftBreastAtFourOClockIsInItsLowerOuterQuadrant() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Left breast mass.\n"
                + "HISTORY: Her screening study showed a nodule in the left breast at the 4 o'clock position.\n");
        assertTrue(codes.contains("N63.23"), codes.toString());
        assertFalse(codes.contains("N63.20"), codes.toString());
    }

    @Test
    void theSameHourOnTheRightBreastIsItsLowerInnerQuadrant() {
        List<String> codes = outpatientCodes("DIAGNOSIS: Right breast mass.\n"
                + "HISTORY: A firm nodule is felt in the right breast at 4:30 o'clock, two fingerbreadths out.\n");
        assertTrue(codes.contains("N63.14"), codes.toString());
    }

    @Test
    void aCarcinomaOfTheLeftBreastAtSevenOClockIsInItsLowerInnerQuadrant() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Carcinoma of the left breast.\n"
                + "HISTORY: The core biopsy of a 1 cm lesion at 7 o'clock in the left breast showed ductal carcinoma.\n");
        assertTrue(codes.contains("C50.312"), codes.toString());
        assertFalse(codes.contains("C50.912"), codes.toString());
    }

    @Test
    void aBorderHourOrTwoQuadrantsOrTheOtherBreastLeaveTheQuadrantUnstated() {
        List<String> border = outpatientCodes("DIAGNOSIS: Left breast mass.\n"
                + "HISTORY: The nodule sits in the left breast at 12 o'clock.\n");
        assertTrue(border.contains("N63.20"), border.toString());
        List<String> two = outpatientCodes("DIAGNOSIS: Left breast mass.\n"
                + "HISTORY: Nodules in the left breast at 2 o'clock and at 8 o'clock.\n");
        assertTrue(two.contains("N63.20"), two.toString());
        List<String> other = outpatientCodes("DIAGNOSIS: Left breast mass.\n"
                + "HISTORY: A cyst was aspirated from the right breast at 2 o'clock last year.\n");
        assertTrue(other.contains("N63.20"), other.toString());
    }
}
