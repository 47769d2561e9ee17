package org.opencac.engine.lookup;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencac.engine.testing.Coded.outpatientCodes;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cross-reference whose main term and subterm the Index writes as one phrase ("Infection, ear (middle), see also
 * Otitis media") is followed as the main term and its subterm (Otitis, media), as a coder reads it.
 */
class ReferenceWrittenAsOnePhraseTest {

    @Test
    void anInfectionOfTheEarIsAnOtitisMediaOfItsSide() {
        List<String> codes = outpatientCodes("ASSESSMENT: Infection of the right ear, started on amoxicillin.\n");
        assertTrue(codes.contains("H66.91"), codes.toString());
        assertTrue(!codes.contains("B99.9"), codes.toString());
    }

    @Test
    void theInnerEarKeepsItsOwnSubterm() {
        List<String> codes = outpatientCodes("ASSESSMENT: Infection of the right inner ear.\n");
        assertTrue(codes.contains("H83.01"), codes.toString());
    }
}
