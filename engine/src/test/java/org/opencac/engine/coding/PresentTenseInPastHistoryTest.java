package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition a past history section tells in the present tense is one the patient has now (Guidelines III.B,
 * IV.J); one it only lists, or tells with "has had", stays a listed past condition (team-written).
 */
class PresentTenseInPastHistoryTest {

    @Test
    void aConditionThePastHistoryToldInThePresentTenseIsCoded() {
        List<String> codes = outpatientCodes("PAST MEDICAL HISTORY:\nShe had her tonsils out as a girl and has"
                + " gallstones.\n\nASSESSMENT:\nMigraine without aura.\n");
        assertTrue(codes.contains("K80.20"), codes.toString());
    }

    @Test
    void aConditionThePastHistoryOnlyListsOrTellsInAnotherTenseIsNotCoded() {
        List<String> listed = outpatientCodes("PAST MEDICAL HISTORY:\nTonsillectomy, gallstones.\n\nASSESSMENT:\n"
                + "Migraine without aura.\n");
        assertFalse(listed.contains("K80.20"), listed.toString());
        List<String> had = outpatientCodes("PAST MEDICAL HISTORY:\nShe has had gallstones.\n\nASSESSMENT:\n"
                + "Migraine without aura.\n");
        assertFalse(had.contains("K80.20"), had.toString());
        List<String> found = outpatientCodes("PAST MEDICAL HISTORY:\nAn ultrasound for her back pain found her to have"
                + " gallstones.\n\nASSESSMENT:\nMigraine without aura.\n");
        assertFalse(found.contains("K80.20"), found.toString());
    }
}
