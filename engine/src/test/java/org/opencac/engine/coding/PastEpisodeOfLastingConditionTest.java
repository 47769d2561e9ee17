package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A past episode of a condition that goes on is the condition without the episode; a term the Index reads to a
 * "chronic" title by a nonessential modifier is not kept current by that word (team-written notes).
 */
class PastEpisodeOfLastingConditionTest {

    @Test
    void anExacerbationMonthsAgoLeavesTheCopdWithoutExacerbation() {
        List<String> codes = outpatientCodes("HPI: He has severe COPD. He needed a feeding tube about four months "
                + "ago when being treated for an acute exacerbation of COPD. He is on home oxygen.\n"
                + "ASSESSMENT: Severe COPD, stable.\n");
        assertTrue(codes.contains("J44.9"), codes.toString());
        assertFalse(codes.contains("J44.1"), codes.toString());
    }

    @Test
    void sinusitisInThePastIsNotCodedAsCurrentChronicSinusitis() {
        List<String> codes = outpatientCodes("HPI: She has had sinusitis in the past. She now has an itchy rash "
                + "on both arms.\nASSESSMENT: Atopic dermatitis.\n");
        assertFalse(codes.contains("J32.9"), codes.toString());
        assertTrue(codes.contains("L20.9"), codes.toString());
    }

    @Test
    void aHistoryOfChronicSinusitisIsStillChronicSinusitis() {
        List<String> codes = outpatientCodes("HPI: She has a history of chronic sinusitis and now has an itchy "
                + "rash on both arms.\nASSESSMENT: Atopic dermatitis. Chronic sinusitis.\n");
        assertTrue(codes.contains("J32.9"), codes.toString());
    }
}
