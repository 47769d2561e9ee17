package org.opencac.engine.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A concha bullosa, an air-filled enlarged middle turbinate the Index does not list, is the enlarged turbinate of
 * J34.3, Hypertrophy of nasal turbinates (team-written notes).
 */
class ConchaBullosaLexiconTest {

    @Test
    void aConchaBullosaIsAnEnlargedTurbinate() {
        List<String> codes = outpatientCodes("HPI: Nasal congestion on the right for a year.\n"
                + "ASSESSMENT: Right concha bullosa with a mild septal deviation.\n");
        assertTrue(codes.contains("J34.3"), codes.toString());
    }
}
