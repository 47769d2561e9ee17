package org.opencac.engine.assertion;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A relative the clause describes keeps the condition told at the end of a long description (team-written). */
class RelativeDescribedByTheClauseTest {

    @Test
    void aRelativesAlcoholAbuseToldAtTheEndOfHisDescriptionIsNoneOfThePatients() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: Her uncle is a retired carpenter whom she describes"
                + " as distant and with a long alcohol abuse problem.\nASSESSMENT: Migraine.\n");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("F10")), codes.toString());
    }

    @Test
    void thePatientsOwnAlcoholAbuseAfterARelativesClauseStaysHers() {
        List<String> codes = outpatientCodes("SOCIAL HISTORY: Her uncle is a retired carpenter and she has"
                + " alcohol abuse.\nASSESSMENT: Migraine. Alcohol abuse.\n");
        assertTrue(codes.contains("F10.10"), codes.toString());
    }

    @Test
    void theRelativeWhoIsTheSubjectStillSpeaksPastAWordOfTime() {
        List<String> codes = outpatientCodes("FAMILY HISTORY: The brother is in today with asthma.\n"
                + "ASSESSMENT: Otitis media.\n");
        assertFalse(codes.stream().anyMatch(c -> c.startsWith("J45")), codes.toString());
    }
}
