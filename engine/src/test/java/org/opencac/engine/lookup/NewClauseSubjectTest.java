package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An Index path does not read past "and" into a possessive that opens a new clause (team-written notes). */
class NewClauseSubjectTest {

    @Test
    void siteAfterAndHisIsAnotherClausesNotTheConditionsSite() {
        List<String> codes = outpatientCodes("HISTORY: Exam showed caries and an abscess from tooth #K and his"
                + " maxillary incisors were loose.\n");
        assertFalse(codes.contains("M27.2"), codes.toString());
    }
}
