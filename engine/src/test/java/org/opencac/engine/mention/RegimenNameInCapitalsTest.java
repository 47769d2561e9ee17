package org.opencac.engine.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An abbreviation that is the last letter group of a name written in capitals with hyphens is no condition (team-written). */
class RegimenNameInCapitalsTest {

    @Test
    void anAbbreviationJoinedToAnUnknownWordOfCapitalsIsPartOfTheName() {
        List<String> codes = outpatientCodes("HPI: She completed four cycles of MAID-CAD chemotherapy.\n"
                + "ASSESSMENT: Leiomyosarcoma of the thigh.\n");
        assertFalse(codes.contains("I25.10"), codes.toString());
    }

    @Test
    void theSameAbbreviationStandingAloneIsRead() {
        List<String> codes = outpatientCodes("HPI: She has CAD and completed four cycles of chemotherapy.\n"
                + "ASSESSMENT: Leiomyosarcoma of the thigh. CAD.\n");
        assertTrue(codes.contains("I25.10"), codes.toString());
    }

    @Test
    void anAbbreviationBeforeTheTestFoundKeepsItsSense() {
        List<String> codes = outpatientCodes("HPI: Hepatitis was found years ago and later confirmed by a positive"
                + " HCV-RNA.\nASSESSMENT: Positive HCV-RNA.\n");
        assertTrue(codes.stream().anyMatch(c -> c.startsWith("B1")), codes.toString());
    }
}
