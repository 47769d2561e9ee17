package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of a heading read in capitals only ("SUBSTANCE ABUSE:") are no condition when they head the habits,
 * and stay a condition in prose (team-written sentences).
 */
class CapitalsOnlyHeaderWordsTest {

    @Test
    void aSubstanceAbuseHeadingInCapitalsIsNoDiagnosis() {
        List<String> codes = outpatientCodes("HISTORY OF PRESENT ILLNESS:, Low mood for a month.,SUBSTANCE ABUSE:, Took"
                + " sleeping tablets once, not since.,ASSESSMENT:, Depressive episode.");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("F19")), codes.toString());
    }

    @Test
    void substanceAbuseToldInProseIsStillADiagnosis() {
        List<String> codes = outpatientCodes("ASSESSMENT:, He is seen in the clinic for depression and substance abuse"
                + " and attends counseling weekly.");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("F19")), codes.toString());
    }
}
