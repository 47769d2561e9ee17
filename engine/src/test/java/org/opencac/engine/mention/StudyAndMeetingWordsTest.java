package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fasciculations graded in a needle electromyography study beside fibrillations and positive waves are the
 * study's electrical findings, not the symptom R25.3 (which a patient's twitching still is); a tumor board is a
 * meeting, not a neoplasm.
 */
class StudyAndMeetingWordsTest {

    @Test
    void fasciculationsGradedOnNeedleStudyAreNoSymptom() {
        List<String> codes = outpatientCodes("NEEDLE STUDY\nLEFT DELTOID: Fibrillations 2+, fasciculations 1+, "
                + "positive waves 1+.\n");
        assertFalse(codes.contains("R25.3"), codes.toString());
    }

    @Test
    void twitchingFasciculationsTheyFeelAreASymptom() {
        List<String> codes = outpatientCodes("CHIEF COMPLAINT: Fasciculations in both calves for a month.\n");
        assertTrue(codes.contains("R25.3"), codes.toString());
    }

    @Test
    void aTumorBoardIsNoNeoplasm() {
        List<String> codes = outpatientCodes("HISTORY: Her imaging was reviewed at the head and neck tumor board "
                + "last week.\nASSESSMENT: Chronic maxillary sinusitis.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("D49") || c.startsWith("D48")), codes.toString());
    }

    @Test
    void aCancerNamedInTheTumorBoardSentenceStaysCoded() {
        List<String> codes = outpatientCodes("HISTORY: Her thyroid carcinoma was presented at our tumor board "
                + "yesterday.\n");
        assertTrue(codes.contains("C73"), codes.toString());
    }
}
